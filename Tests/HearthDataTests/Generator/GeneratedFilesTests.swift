import Foundation
import Testing
import HearthCore
@testable import HearthData

/// The generator's files, end to end: the same seed writes the same bytes, and reading the files
/// back gives the dataset that was written.
@Suite struct GeneratedFilesTests {
    static let statistics = try? PublishedStatistics.shipped()

    func generate(seed: UInt64) throws -> Dataset {
        let stats = try #require(Self.statistics)
        let profile = try AuthorityProfile.published("876", collectionYear: 2025, statistics: stats)
        return SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: seed)
    }

    func write(_ dataset: Dataset, form: ReturnSetWriter.AnnexAForm = .workbook) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-gen-\(UUID().uuidString)")
        _ = try ReturnSetWriter(annexAForm: form).write(dataset, to: dir)
        return dir
    }

    func contents(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) {
            out[url.lastPathComponent] = try Data(contentsOf: url)
        }
        return out
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        // Given two generations with one seed, and one with another
        let a = try write(generate(seed: 7)), b = try write(generate(seed: 7)), c = try write(generate(seed: 8))
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(at: d) } }
        // Then every file is byte for byte the same, and a different seed differs
        let first = try contents(a), second = try contents(b)
        #expect(first.count >= 20)
        #expect(first == second)
        #expect(try contents(c)[ "CIN_Census_876_2025.xml"] != first["CIN_Census_876_2025.xml"])
    }

    @Test func readingTheFilesBackGivesTheDatasetWritten() async throws {
        // Given a generated authority written as files
        let dataset = try generate(seed: 7)
        let dir = try write(dataset, form: .csv)
        defer { try? FileManager.default.removeItem(at: dir) }
        // When the folder is read
        let set = await ReturnSetReader().read(directory: dir)
        // Then nothing is wrong with it and every return comes back as it was
        #expect(set.problems.filter { $0.severity != .warning }.isEmpty, "\(set.problems.prefix(5))")
        #expect(set.dataset.cin == dataset.cin)
        #expect(set.dataset.ssda903 == dataset.ssda903)
        #expect(set.dataset.ssda903Previous == dataset.ssda903Previous)
        #expect(set.dataset.workforce == dataset.workforce)
        #expect(set.dataset.annexA?.rowCount == dataset.annexA?.rowCount)
    }
}

import Foundation
import HearthCore
import Testing
@testable import HearthData

/// Walks Corpus/annexa: files as they arrive from authorities, good and bad. Every file must
/// be read without a crash, give the records expected, and report its fault clearly.
@Suite struct AnnexACorpusTests {
    struct Expectation: Sendable {
        let records: Int
        /// Worst severity expected; nil when the file should read cleanly.
        let severity: DataProblem.Severity?
        let message: String
    }

    static let expectations: [String: Expectation] = [
        "bad-date.csv": Expectation(records: 2, severity: .error, message: "\"31/02/2024\" is not a valid date"),
        "bom-crlf.csv": Expectation(records: 2, severity: nil, message: ""),
        "excel-quoting.csv": Expectation(records: 2, severity: nil, message: ""),
        "unknown-value.csv": Expectation(records: 1, severity: .warning, message: "\"Carrier pigeon\" is not one of the Source values"),
        "missing-column.csv": Expectation(records: 0, severity: .fatal, message: "looks like List 3: Referrals but lacks column \"Date of referral\""),
        "empty.csv": Expectation(records: 0, severity: .fatal, message: "the file is empty"),
        "truncated.xlsx": Expectation(records: 0, severity: .fatal, message: "not an Excel workbook"),
        "not-a-workbook.xlsx": Expectation(records: 0, severity: .fatal, message: "not a readable zip archive"),
        "missing-sheet.xlsx": Expectation(records: 0, severity: .fatal, message: "the part xl/worksheets/sheet1.xml is missing"),
        "third-party-openpyxl.xlsx": Expectation(records: 2, severity: nil, message: ""),
        // Found by the fuzzer: a directory pointing past the end of the data (see FuzzFindingTests).
        "zip-directory-past-end.xlsx": Expectation(records: 0, severity: .fatal, message: "not an Excel workbook"),
        // Found by libFuzzer: a deflate stream that does not end before the file does.
        "deflate-stream-never-ends.xlsx": Expectation(records: 0, severity: .fatal, message: "could not be decompressed"),
        // The same fault, found by hearth-fuzz's watchdog (seed 20261206).
        "deflate-stream-never-ends-harness.xlsx": Expectation(records: 0, severity: .fatal, message: "could not be decompressed"),
    ]

    static func corpusFiles() throws -> [URL] {
        let root = try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        return try FileManager.default
            .contentsOfDirectory(at: root.appendingPathComponent("annexa"), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everyCorpusFileHasAnExpectation() throws {
        // A new file added without an expectation would otherwise be silently untested.
        let names = try Self.corpusFiles().map(\.lastPathComponent)
        #expect(Set(names) == Set(Self.expectations.keys))
    }

    @Test func readsEveryCorpusFileWithTheExpectedProblem() throws {
        for url in try Self.corpusFiles() {
            // Given
            let name = url.lastPathComponent
            let expected = try #require(Self.expectations[name])

            // When
            let result = url.pathExtension == "xlsx" ? AnnexAWorkbookReader.read(url: url) : AnnexACSVReader.read(url: url)

            // Then
            #expect(result.records.count == expected.records, "\(name)")
            #expect(result.problems.map(\.severity).max() == expected.severity, "\(name): \(result.problems)")
            if expected.severity != nil {
                #expect(result.problems.contains { $0.message.contains(expected.message) && $0.file == name },
                        "\(name): \(result.problems)")
            }
        }
    }

    @Test func keepsExcelQuotedCommasAndQuotesInIDs() throws {
        let url = try #require(try Self.corpusFiles().first { $0.lastPathComponent == "excel-quoting.csv" })
        #expect(AnnexACSVReader.read(url: url).records.map(\.id) == ["C1", "C \"2\", north"])
    }
}

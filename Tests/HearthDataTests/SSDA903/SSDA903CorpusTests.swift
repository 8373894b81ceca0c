import Foundation
import HearthCore
import Testing
@testable import HearthData

/// Walks the corpus of bad (and awkward but good) 903 files: each must give its expected, clear
/// problem, naming file, line and field where there is one, and none may crash the reader.
@Suite struct SSDA903CorpusTests {
    struct Expected {
        var severity: DataProblem.Severity?
        var line: Int?
        var field: String?
        var message: String?
        var rows: Int?
    }

    /// Every file in Corpus/ssda903 must be listed here, so a new file cannot go untested.
    static let expectations: [String: Expected] = [
        "missing-column.csv": Expected(severity: .fatal, line: 1,
                                       message: "looks like SSDA903 Episodes but has no column REC"),
        "impossible-date.csv": Expected(severity: .error, line: 3, field: "DECOM",
                                        message: "\"31/02/2024\" is not a valid date (expected dd/mm/yyyy)", rows: 2),
        "bom.csv": Expected(rows: 2),
        "crlf.csv": Expected(severity: .error, line: 3, field: "REVIEW", message: "\"2024-13-01\" is not a valid date", rows: 3),
        "cr-only.csv": Expected(severity: .warning, line: 3, field: "ACCOM", message: "unknown code \"Q7\"", rows: 2),
        "excel-quoting.csv": Expected(rows: 1),
        "unknown-code.csv": Expected(severity: .warning, line: 2, field: "LS",
                                     message: "unknown code \"Q9\" (not in the LS list)", rows: 1),
        "empty.csv": Expected(severity: .fatal, message: "empty file"),
        "heading-only.csv": Expected(rows: 0),
        "ragged-row.csv": Expected(severity: .error, line: 3,
                                   message: "has 5 fields but the heading row has 13: row not used", rows: 2),
        "binary-junk.csv": Expected(severity: .fatal, line: 1, message: "holds binary data"),
        "stray-quote-opening.csv": Expected(severity: .fatal, line: 2, message: "a quoted field opened on line 2 never closes"),
        "stray-quote-midfield.csv": Expected(rows: 1),
        "wrong-kind.csv": Expected(severity: .fatal, line: 1, message: "not an SSDA903 table"),
        "blank-child.csv": Expected(severity: .error, line: 2, field: "CHILD", message: "CHILD is blank", rows: 1),
    ]

    private static func corpus() throws -> URL {
        let root = try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        return root.appendingPathComponent("ssda903")
    }

    @Test func everyCorpusFileGivesItsExpectedProblem() throws {
        // Given every file of the corpus
        let urls = try FileManager.default.contentsOfDirectory(at: Self.corpus(), includingPropertiesForKeys: nil)
        #expect(Set(urls.map(\.lastPathComponent)) == Set(Self.expectations.keys))
        for url in urls {
            let name = url.lastPathComponent
            guard let expected = Self.expectations[name] else { continue }
            // When it is read
            let file = SSDA903TableReader.read(contentsOf: url)
            // Then its worst problem is the expected one, named by file, line and field
            let worst = file.problems.max { $0.severity < $1.severity }
            if let severity = expected.severity {
                let problem = try #require(worst, "\(name): no problem reported")
                #expect(problem.severity == severity, "\(name): \(problem)")
                #expect(problem.file == name)
                #expect(problem.line == expected.line, "\(name): \(problem)")
                #expect(problem.field == expected.field, "\(name): \(problem)")
                if let message = expected.message {
                    #expect(problem.message.contains(message), "\(name): \(problem)")
                }
                #expect(file.problems.count == 1, "\(name): \(file.problems)")
            } else {
                #expect(file.problems.isEmpty, "\(name): \(file.problems)")
            }
            if let rows = expected.rows {
                #expect(file.rows?.count == rows, "\(name)")
            } else {
                #expect(file.rows == nil, "\(name): a fatal file gives no rows")
            }
        }
    }

    @Test func keepsExcelQuotedValuesWhole() throws {
        let file = SSDA903TableReader.read(contentsOf: try Self.corpus().appendingPathComponent("excel-quoting.csv"))
        guard case .episodes(let rows)? = file.rows else { Issue.record("not episodes"); return }
        #expect(rows.first?.homePostcode == "WA7 1, Halton")
        #expect(rows.first?.placementPostcode == "WA8 \"2\"")
    }

    @Test func readsAFileWithAByteOrderMark() throws {
        let file = SSDA903TableReader.read(contentsOf: try Self.corpus().appendingPathComponent("bom.csv"))
        #expect(file.table == .header)
        #expect(file.rows?.count == 2)
    }

    @Test func keepsAStrayQuoteInsideAValue() throws {
        let file = SSDA903TableReader.read(contentsOf: try Self.corpus().appendingPathComponent("stray-quote-midfield.csv"))
        #expect(file.rows == .socialWorkerEpisodes([SocialWorkerEpisode(
            childID: "101", birthDate: Day(uk: "01/01/2012"), socialWorkerID: "O\"Brien 1", startDate: Day(uk: "01/04/2024"), reasonForChange: "MANAGE")]))
    }

    @Test func assemblingTheWholeCorpusReportsEveryFileAndCrashesNothing() async throws {
        // Given the whole corpus as one upload
        let urls = try FileManager.default.contentsOfDirectory(at: Self.corpus(), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        // When it is assembled
        let assembly = SSDA903Assembler().assemble(contentsOf: urls)
        // Then every file is listed, the fatal ones as not recognised
        #expect(assembly.files.count == urls.count)
        #expect(assembly.files.first { $0.name == "wrong-kind.csv" }?.kind == .unrecognised)
        #expect(assembly.files.first { $0.name == "excel-quoting.csv" }?.bytes == 164)
        #expect(assembly.problems.contains { $0.file == "impossible-date.csv" && $0.line == 3 })
    }
}

import Foundation
import Testing
import HearthCore
@testable import HearthData

/// Walks the bad-file corpus: every file must give the expected clear problem (file, line or
/// element, field) and none may crash the reader.
@Suite struct CINCorpusTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let severity: DataProblem.Severity?
        let line: Int?
        let element: String?
        let field: String?
        let message: String?
        let accepted: Bool
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        .init(file: "valid.xml", severity: nil, line: nil, element: nil, field: nil, message: nil, accepted: true),
        .init(file: "bom.xml", severity: nil, line: nil, element: nil, field: nil, message: nil, accepted: true),
        .init(file: "crlf.xml", severity: nil, line: nil, element: nil, field: nil, message: nil, accepted: true),
        .init(file: "bad-date.xml", severity: .error, line: 24, element: "Message/Children/Child[1]/CINdetails[1]",
              field: "CINreferralDate", message: "\"2024-02-31\" is not a valid date", accepted: true),
        .init(file: "unknown-code.xml", severity: .warning, line: 26, element: "Message/Children/Child[1]/CINdetails[1]",
              field: "PrimaryNeedCode", message: "unknown code \"N99\"", accepted: true),
        .init(file: "bad-boolean.xml", severity: .error, line: 27, element: "Message/Children/Child[1]/CINdetails[1]",
              field: "ReferralNFA", message: "not a boolean", accepted: true),
        .init(file: "missing-child-id.xml", severity: .error, line: 14, element: "Message/Children/Child[1]",
              field: "LAchildID", message: "no LAchildID", accepted: true),
        .init(file: "unknown-element.xml", severity: .warning, line: 21, element: "Message/Children/Child[1]/ChildCharacteristics",
              field: "FavouriteColour", message: "unknown element", accepted: true),
        .init(file: "truncated.xml", severity: .fatal, line: 26, element: "Message/Children/Child[1]/CINdetails[1]",
              field: nil, message: "truncated", accepted: false),
        .init(file: "empty.xml", severity: .fatal, line: nil, element: nil, field: nil, message: "empty file", accepted: false),
        .init(file: "binary-junk.xml", severity: .fatal, line: 1, element: nil, field: nil, message: "binary", accepted: false),
        .init(file: "not-a-cin.xml", severity: .fatal, line: 2, element: nil, field: nil, message: "not <Message>", accepted: false),
        .init(file: "wrong-root.xml", severity: .fatal, line: 2, element: nil, field: nil, message: "<CINCensus>", accepted: false),
        .init(file: "mismatched-tags.xml", severity: .fatal, line: 18, element: "Message/Children/Child[1]/ChildIdentifiers/GenderCurrent[1]",
              field: nil, message: "</Gender> closes <GenderCurrent>", accepted: false),
        .init(file: "school-census.xml", severity: .fatal, line: 5, element: "Message/Header", field: "Collection",
              message: "not CIN", accepted: false),
        .init(file: "no-children.xml", severity: .fatal, line: nil, element: nil, field: nil, message: "no <Children>", accepted: false),
        .init(file: "csv-named-xml.xml", severity: .fatal, line: 1, element: nil, field: nil, message: "not an XML document", accepted: false),
    ]

    static func corpusURL(_ name: String) throws -> URL {
        let dir = try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        return dir.appendingPathComponent("cin").appendingPathComponent(name)
    }

    @Test(arguments: expectations)
    func corpusFileGivesItsExpectedProblem(_ e: Expectation) throws {
        // Given
        let url = try Self.corpusURL(e.file)
        // When
        let result = CINCensusReader.read(url: url)
        // Then
        #expect((result.census != nil) == e.accepted, "\(result.problems)")
        #expect(result.problems.allSatisfy { $0.file == e.file }, "problems name the file only, never its folder")
        guard let severity = e.severity else {
            #expect(result.problems.isEmpty, "\(result.problems)")
            return
        }
        let match = result.problems.first { p in
            p.severity == severity && (e.message.map { p.message.contains($0) } ?? true)
        }
        let problem = try #require(match, "no \(severity) problem matching \(e.message ?? "") in \(result.problems)")
        if let line = e.line { #expect(problem.line == line, "\(problem)") }
        #expect(problem.element == e.element, "\(problem)")
        #expect(problem.field == e.field, "\(problem)")
    }

    @Test func everyCorpusFileIsCovered() throws {
        // Given
        let dir = try Self.corpusURL("")
        // When
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }
        // Then
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test func validFilesReadAlikeWithBOMAndCRLF() throws {
        // Given / When
        let plain = CINCensusReader.read(url: try Self.corpusURL("valid.xml")).census
        let bom = CINCensusReader.read(url: try Self.corpusURL("bom.xml")).census
        let crlf = CINCensusReader.read(url: try Self.corpusURL("crlf.xml")).census
        // Then
        #expect(plain != nil)
        #expect(plain == bom)
        #expect(plain == crlf)
    }
}

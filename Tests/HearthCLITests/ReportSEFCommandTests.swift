import Foundation
import Testing

/// `hearth report sef`: the self-evaluation written from the store, as Word and Markdown.
@Suite struct ReportSEFCommandTests {
    static let questions = ["What do we know about the quality and impact of social work practice?", "How do we know it?",
                            "What are our plans for the next 12 months?"]

    /// One part of a zip, read by the system's `unzip` (the test's own reading, not Hearth's).
    static func unzip(_ archive: String, _ part: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", archive, part]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "unzip \(part) of \(archive): exit \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func writesAWordFileThatUnzipsAndHoldsTheThreeQuestions() async throws {
        // Given a store with the tiny returns
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = cli.path("tiny.sqlite")
        let imported = try await cli.run(["import", try HearthCLI.returns, "--db", db, "--as", "tester"])
        #expect(imported.status == 0, "\(imported)")
        // When the self-evaluation is written as Word (no version saved yet: the figures, no words)
        let out = cli.path("sef.docx")
        let run = try await cli.run(["report", "sef", "--db", db, "--format", "docx", "--output", out])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.hasPrefix("wrote \(out)"))
        // Then it is a Word package whose document holds each area and the three questions under it
        let document = try Self.unzip(out, "word/document.xml")
        for question in Self.questions {
            #expect(document.components(separatedBy: question).count - 1 == 4, "\(question) once per ILACS area")
        }
        #expect(document.contains("The experiences and progress of care leavers"))
        #expect(document.contains("When the next inspection is likely"))
        // (unzip reads "[…]" in a name as a pattern: the part list is read instead)
        #expect(try Self.unzip(out, "word/_rels/document.xml.rels").contains("officeDocument"))
    }

    @Test func writesMarkdownAndRefusesAnIssuedVersionThatIsNotThere() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = cli.path("tiny.sqlite")
        _ = try await cli.run(["import", try HearthCLI.returns, "--db", db, "--as", "tester"])
        let out = cli.path("sef.md")
        let run = try await cli.run(["report", "sef", "--db", db, "--format", "md", "--output", out])
        #expect(run.status == 0, "\(run)")
        let md = try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)
        #expect(md.hasPrefix("# Self-evaluation of social work practice"))
        #expect(md.contains("### How do we know it?"))
        #expect(md.contains("Appendix A: How the figures are read"))
        let issued = try await cli.run(["report", "sef", "--db", db, "--issued", "--output", cli.path("x.docx")])
        #expect(issued.status != 0 && issued.err.contains("no version of the self-evaluation has been issued yet"), "\(issued)")
    }
}

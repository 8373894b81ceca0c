import Foundation
import HearthReports
import HearthTestSupport
import Testing

@Suite struct DocxLibreOfficeTests {
    @Test(.enabled(if: Soffice.path != nil || Soffice.isRequired, "soffice is not on PATH"), .timeLimit(.minutes(3)))
    func libreOfficeOpensTheBoardPackAndReadsItsText() async throws {
        // Given
        guard let soffice = Soffice.path else {
            Issue.record("HEARTH_REQUIRE_SOFFICE=1 but soffice is not on PATH")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("pack.docx")
        try DocxWriter.write(DocxFixture.boardPack, to: docx)

        // When
        let status = try await Soffice.convert(docx, to: "txt:Text", in: folder, soffice: soffice)

        // Then
        let log = (try? String(contentsOf: folder.appendingPathComponent("soffice.log"), encoding: .utf8)) ?? ""
        #expect(status == 0, "soffice failed: \(log)")
        let text = try String(contentsOf: folder.appendingPathComponent("pack.txt"), encoding: .utf8)
        for expected in ["Summary", "Indicators", "Next steps", "Assessments within 45 working days",
                         "Timeliness of assessments improved this quarter."] {
            #expect(text.contains(expected), "\(expected) is missing from LibreOffice's text")
        }
    }
}

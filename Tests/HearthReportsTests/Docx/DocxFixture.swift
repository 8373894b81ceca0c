import Foundation
import HearthReports
import ZIPFoundation

/// Small documents for the writer's tests, and a way to read the parts back out of a .docx.
enum DocxFixture {
    /// A one-page board pack with one of everything the writer draws.
    static let boardPack = DocxDocument(
        title: "Improvement board, March 2026",
        author: "Performance team",
        footer: "Hearth board pack - OFFICIAL",
        blocks: [
            .heading("Summary", level: 1),
            .paragraph([.plain("Timeliness of assessments "), DocxRun("improved", bold: true), .plain(" this quarter.")]),
            .keyValues([DocxKeyValue(key: "Meeting", value: "12 March 2026"), DocxKeyValue(key: "Chair", value: "Independent chair")]),
            .heading("Indicators", level: 2),
            .table(DocxTable(
                header: ["Indicator", "Latest", "England", "Rating"],
                rows: [
                    ["Re-referrals within 12 months", "21.4%", "22.4%", DocxCell("Green", fill: .green)],
                    ["Assessments within 45 working days", "71.0%", "82.9%", DocxCell("Red", bold: true, fill: .red)],
                    ["Children in care per 10,000", "c", "70", DocxCell("Not rated", fill: .grey)],
                ],
                columnWidths: [0.5, 0.15, 0.15, 0.2],
                numericColumns: [1, 2]
            )),
            .note("Source: SSDA903 and CIN census. c = suppressed"),
            .heading("Next steps", level: 3),
            .bullets(["Recruit two team managers", "Audit 20 assessments"]),
        ]
    )

    /// Every part of the archive, by path, as text.
    static func parts(of docx: Data) throws -> [String: String] {
        let archive = try Archive(data: docx, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    /// The `word/document.xml` written for `document`.
    static func documentXML(_ document: DocxDocument) throws -> String {
        try parts(of: DocxWriter.data(document))["word/document.xml"] ?? ""
    }

    /// A document holding only `blocks`, without a title paragraph before them.
    static func body(_ blocks: DocxBlock...) -> DocxDocument {
        DocxDocument(title: "", blocks: blocks)
    }
}

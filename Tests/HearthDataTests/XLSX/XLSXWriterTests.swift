import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct XLSXWriterTests {
    private let day = Day(year: 2024, month: 2, day: 29)

    @Test func writesAWorkbookTheReaderReadsBack() throws {
        // Given two sheets with every kind of cell, including markup characters and gaps
        let sheets = [
            XLSXSheet(name: "List 1", rows: [[.text("a & <b>"), nil, .number(3)], [.bool(false), .date(try #require(day))]]),
            XLSXSheet(name: "Notes", rows: [[.text("  padded  ")]]),
        ]

        // When
        let reader = try XLSXReader(data: try XLSXWriter.data(sheets))

        // Then
        #expect(reader.sheetNames == ["List 1", "Notes"])
        #expect(try reader.rows(inSheet: "List 1").map(\.cells) == sheets[0].rows)
        #expect(try reader.rows(inSheet: "Notes").first?.cells == [.text("  padded  ")])
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let sheets = [XLSXSheet(name: "S", rows: [[.text("x"), .number(1)]])]
        #expect(try XLSXWriter.data(sheets) == XLSXWriter.data(sheets))
    }

    @Test(arguments: ["", "a/b", "[x]", String(repeating: "x", count: 32)])
    func refusesSheetNamesExcelRefuses(name: String) {
        #expect(throws: XLSXError.invalidSheetName(name)) {
            try XLSXWriter.data([XLSXSheet(name: name, rows: [])])
        }
    }

    @Test func refusesTwoSheetsWithTheSameName() {
        #expect(throws: XLSXError.self) {
            try XLSXWriter.data([XLSXSheet(name: "List 1", rows: []), XLSXSheet(name: "list 1", rows: [])])
        }
    }

    @Test func cellTextIsEscapedByTheSharedRules() throws {
        // Given a cell of ordinary text and one with quotes and characters XML 1.0 cannot hold
        let sheets = [XLSXSheet(name: "S", rows: [[.text("Wirral (2024)")], [.text("O'Neil \"x\"\u{0}\u{1B}\u{9F}\u{FFFF}!")]])]

        // When
        let data = try XLSXWriter.data(sheets)
        let sheet = try #require(try XLSXParts.parts(of: data).first { $0.path == "xl/worksheets/sheet1.xml" })
        let xml = String(decoding: sheet.bytes, as: UTF8.self)

        // Then the ordinary text is written as it was, and the rest reads back without what Excel refuses
        #expect(xml.contains(#"<t xml:space="preserve">Wirral (2024)</t>"#))
        #expect(xml.contains(#"<t xml:space="preserve">O&#39;Neil &quot;x&quot;!</t>"#))
        #expect(try XLSXReader(data: data).rows(inSheet: "S").map(\.cells) == [[.text("Wirral (2024)")], [.text(#"O'Neil "x"!"#)]])
    }
}

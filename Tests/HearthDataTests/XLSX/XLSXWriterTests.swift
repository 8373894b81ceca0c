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
}

import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct XLSXReaderTests {
    @Test func readsSharedStringsInlineStringsNumbersAndSparseCells() throws {
        // Given a sheet with a gap at B1 and a rich-text shared string
        let data = try XLSXFixture.workbook(
            sheetXML: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>"#
                + #"<row r="4"><c r="A4"><v>12</v></c><c r="B4"><v>2.5</v></c><c r="D4" t="b"><v>1</v></c></row>"#,
            sharedStrings: ["Child Unique ID"])

        // When
        let reader = try XLSXReader(data: data)
        let rows = try reader.rows(inSheet: "Data")

        // Then
        #expect(reader.sheetNames == ["Data"])
        #expect(rows.map(\.number) == [1, 4])
        #expect(rows[0].cells == [.text("Child Unique ID"), nil, .text("inline")])
        #expect(rows[1].cells == [.number(12), .number(2.5), nil, .bool(true)])
    }

    @Test func readsNumbersWithADateStyleAsDays() throws {
        // Given a custom dd/mm/yyyy format on style 1 and built-in format 14 on style 2
        let styles = #"<styleSheet xmlns="\#(XLSXFixture.main)"><numFmts><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
        let data = try XLSXFixture.workbook(
            sheetXML: #"<row r="2"><c r="A2" s="1"><v>45658</v></c><c r="B2" s="2"><v>45659</v></c><c r="C2"><v>45660</v></c></row>"#,
            stylesXML: styles)

        // When
        let rows = try XLSXReader(data: data).rows(inSheet: "Data")

        // Then 45658 is 1 January 2025
        #expect(rows.first?.cells == [.date(try #require(Day(year: 2025, month: 1, day: 1))),
                                      .date(try #require(Day(year: 2025, month: 1, day: 2))), .number(45660)])
    }

    @Test func parsesCellReferences() {
        #expect(XLSXCellReference.parse("C12").map { [$0.column, $0.row] } == [2, 12])
        #expect(XLSXCellReference.parse("AA1").map { [$0.column, $0.row] } == [26, 1])
        #expect(XLSXCellReference.parse("$B$3").map { [$0.column, $0.row] } == [1, 3])
        #expect(XLSXCellReference.parse("12") == nil)
        #expect(XLSXCellReference.columnName(27) == "AB")
    }

    @Test func refusesBytesThatAreNotAZip() {
        #expect(throws: XLSXError.self) { try XLSXReader(data: Data("Child Unique ID,Gender\n".utf8)) }
    }

    @Test func reportsASheetWhosePartIsMissing() throws {
        // Given a workbook that lists a sheet whose part is absent
        let data = try XLSXFixture.workbook(sheetXML: "", includeSheet: false)

        // When / Then
        let reader = try XLSXReader(data: data)
        #expect(throws: XLSXError.missingPart("xl/worksheets/data.xml")) { try reader.rows(inSheet: "Data") }
    }
}

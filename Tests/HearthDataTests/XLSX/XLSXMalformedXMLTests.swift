import Foundation
import HearthCore
import Testing
@testable import HearthData

/// Workbooks whose XML is damaged must end in an error naming the part, never in a trap: the
/// reader used to run Foundation's XML parser, which crashed the process on an invalid UTF-8
/// byte in an element name, so one upload could take the server down.
@Suite struct XLSXMalformedXMLTests {
    /// A workbook as Hearth writes it, with two rows of inline strings and numbers.
    func written() throws -> Data {
        try XLSXWriter.data([XLSXSheet(name: "List 1", rows: [[.text("Child Unique ID"), .text("Age")],
                                                               [.text("C1"), .number(7)]])])
    }

    @Test func anInvalidUTF8SequenceInASheetElementNameIsAnErrorNotACrash() throws {
        // Given bytes C3 28 (a lead byte without its continuation) inside <row
        let data = try XLSXFixture.inserting([0xC3, 0x28], after: "<ro", inPart: "xl/worksheets/sheet1.xml", of: written())

        // When / Then
        let reader = try XLSXReader(data: data)
        do {
            _ = try reader.rows(inSheet: "List 1")
            Issue.record("a damaged sheet was read")
        } catch {
            guard case .malformedXML(let part, let message) = error else { Issue.record("\(error)"); return }
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(message.contains("UTF-8"))
            #expect(message.contains("line 2"))
            #expect(error.description.contains("xl/worksheets/sheet1.xml"))
        }
    }

    @Test func anFFByteInASharedStringsElementNameIsAnErrorNotACrash() throws {
        // Given a workbook with a shared-string table whose <si> holds a 0xFF byte
        let good = try XLSXFixture.workbook(sheetXML: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                                            sharedStrings: ["Child Unique ID"])
        let data = try XLSXFixture.inserting([0xFF], after: "<s", inPart: "xl/sharedStrings.xml", of: good)

        // When / Then
        let reader = try XLSXReader(data: data)
        #expect {
            _ = try reader.rows(inSheet: "Data")
        } throws: { error in
            guard case .malformedXML(let part, let message) = error as? XLSXError else { return false }
            return part == "xl/sharedStrings.xml" && message.contains("UTF-8")
        }
    }

    @Test func anInvalidSequenceInTheWorkbookPartIsReportedByAnnexAReader() throws {
        // Given the damage in xl/workbook.xml, read where an upload is read
        let data = try XLSXFixture.inserting([0xC3, 0x28], after: "<shee", inPart: "xl/workbook.xml", of: written())

        // When
        let result = AnnexAWorkbookReader.read(data: data, fileName: "annex-a.xlsx")

        // Then
        #expect(result.problems.contains { $0.severity == .fatal && $0.message.contains("xl/workbook.xml") })
    }

    @Test func readsAWorkbookInTheShapeExcelWrites() throws {
        // Given parts as Excel writes them (markup compatibility attributes, prefixed names from
        // other producers, a formula, rich-text and preserved-space shared strings, entities,
        // an inline string split in runs, CDATA)
        let main = XLSXFixture.main, rel = XLSXFixture.rel
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="\(main)" xmlns:r="\(rel)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
            <x:dimension ref="A1:D3"/><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews>
            <x:sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>
            <x:sheetData>
            <x:row r="1" spans="1:4" x14ac:dyDescent="0.25"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
            <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Smith &amp; </x:t></x:r><x:r><x:t xml:space="preserve">Jones </x:t></x:r></x:is></x:c><x:c r="B3" s="1"><x:v>45658</x:v></x:c><x:c r="C3"><x:f>B3+1</x:f><x:v>45659</x:v></x:c><x:c r="D3" t="str"><x:v><![CDATA[a<b]]></x:v></x:c></x:row>
            </x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
            </x:worksheet>
            """
        let shared = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="\(main)" count="3" uniqueCount="3"><si><t>Child Unique ID</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>Date of</t></r><r><t xml:space="preserve"> referral</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t xml:space="preserve">  line one&#10;line two &lt;2&gt; </t></si></sst>
            """
        let styles = #"<styleSheet xmlns="\#(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\/mm\/yyyy;@"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        let data = try XLSXFixture.archive([
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?>\#n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><bookViews><workbookView/></bookViews><sheets><sheet name="Referrals &amp; more" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", shared),
            ("xl/styles.xml", styles),
        ])

        // When
        let reader = try XLSXReader(data: data)
        let rows = try reader.rows(inSheet: "Referrals & more")

        // Then
        #expect(reader.sheetNames == ["Referrals & more"])
        #expect(rows.map(\.number) == [1, 3])
        #expect(rows[0].cells == [.text("Child Unique ID"), .text("Date of referral"), .text("  line one\nline two <2> ")])
        #expect(rows[1].cells == [.text("Smith & Jones "), .date(try #require(Day(year: 2025, month: 1, day: 1))),
                                  .number(45659), .text("a<b")])
    }
}

import HearthReports
import Testing

@Suite struct DocxTableTests {
    private let indicators = DocxTable(
        header: ["Indicator", "Value", "Rating"],
        rows: [
            ["Re-referrals", "21.4%", DocxCell("Green", fill: .green)],
            ["Assessments in time", "71.0%", DocxCell("Amber", fill: .amber)],
            ["Visits in time", "52.0%", DocxCell("Red", bold: true, fill: .red)],
        ],
        numericColumns: [1]
    )

    @Test func theHeaderRowRepeatsOnEveryPageAndNoRowSplits() throws {
        // Given / When
        let table = try #require(DocxBodyProbe(xml: try DocxFixture.documentXML(DocxFixture.body(.table(indicators)))).tables.first)

        // Then
        #expect(table.map(\.isHeader) == [true, false, false, false])
        #expect(table.allSatisfy { $0.cantSplit })
        #expect(table[0].cells.map(\.text) == ["Indicator", "Value", "Rating"])
        #expect(table[0].cells.allSatisfy { $0.bold })
    }

    @Test func ragCellsAreShadedEachInItsOwnColour() throws {
        // Given / When
        let table = try #require(DocxBodyProbe(xml: try DocxFixture.documentXML(DocxFixture.body(.table(indicators)))).tables.first)

        // Then
        let fills = table.dropFirst().map { $0.cells[2].fill }
        #expect(fills == ["CCE2D8", "FFE7A3", "F4CDC6"])
        #expect(table.dropFirst().map { $0.cells[0].fill } == [nil, nil, nil])
        #expect(table[3].cells[2].bold && !table[1].cells[2].bold)
    }

    @Test func numericColumnsAreRightAlignedHeaderIncluded() throws {
        // Given / When
        let table = try #require(DocxBodyProbe(xml: try DocxFixture.documentXML(DocxFixture.body(.table(indicators)))).tables.first)

        // Then
        #expect(table.allSatisfy { $0.cells.map(\.rightAligned) == [false, true, false] })
    }

    @Test func columnsFillTheTextWidthInTheGivenShares() throws {
        // Given
        let table = DocxTable(header: ["A", "B", "C"], rows: [], columnWidths: [0.5, 0.3, 0.2])

        // When
        let xml = try DocxFixture.documentXML(DocxFixture.body(.table(table)))

        // Then the 9638 twips between 2 cm margins are split 50 : 30 : 20
        #expect(xml.contains(#"<w:tblW w:w="9638" w:type="dxa"/>"#))
        #expect(xml.contains(#"<w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="2891"/><w:gridCol w:w="1928"/></w:tblGrid>"#))
    }

    @Test func aTableWithNoRowsShowsItsHeaderAndShortRowsArePadded() throws {
        // Given
        let document = DocxFixture.body(
            .table(DocxTable(header: ["Only", "Header"], rows: [])),
            .table(DocxTable(header: ["A", "B", "C"], rows: [["1"]]))
        )

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.wellFormed)
        #expect(probe.tables.count == 2)
        #expect(probe.tables[0].map(\.cells.count) == [2])
        #expect(probe.tables[1][1].cells.map(\.text) == ["1", "", ""])
        #expect(probe.paragraphs.count == 2, "a gap between the tables keeps Word from merging them, and one ends the body")
    }

    @Test func aTableWithoutCellsIsLeftOut() throws {
        // Given / When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(DocxFixture.body(.table(DocxTable(header: [], rows: [])))))

        // Then
        #expect(probe.wellFormed)
        #expect(probe.tables.isEmpty)
        #expect(probe.paragraphs.count == 1)
    }

    @Test func keyValuesAreABorderlessTableWithBoldKeys() throws {
        // Given
        let document = DocxFixture.body(.keyValues([DocxKeyValue(key: "Chair", value: "Independent chair")]))

        // When
        let xml = try DocxFixture.documentXML(document)

        // Then
        let table = try #require(DocxBodyProbe(xml: xml).tables.first)
        #expect(table.count == 1 && !table[0].isHeader)
        #expect(table[0].cells.map(\.text) == ["Chair", "Independent chair"])
        #expect(table[0].cells.map(\.bold) == [true, false])
        #expect(xml.contains(#"<w:insideV w:val="none""#))
    }
}

import Testing
@testable import HearthReports

/// The Word pack holds what the HTML pack holds, with charts as their tables of figures.
@Suite struct BoardPackDOCXTests {
    @Test func sectionsAreNumberedHeadingsAsInTheHTML() throws {
        // Given the fixture pack, when it is written as Word
        let body = DocxBodyProbe(xml: try DocxFixture.documentXML(BoardPackDOCX.document(PackFixture.pack())))
        #expect(body.wellFormed)
        // Then the cover's two numbered parts come first and the sections follow
        let headings = body.paragraphs.filter { $0.style == "Heading1" }.map(\.text)
        #expect(headings == ["1. Purpose of the report", "2. Recommendation", "3. Progress on the improvement plan",
                             "4. Performance: help, protection and the front door", "Sources of the figures"])
        #expect(body.texts.contains("2.1  That the report be noted."))
        #expect(body.texts.contains { $0.hasPrefix("First paragraph <b>& more</b>.") }, "officers' text is kept as written, escaped by the writer")
        #expect(body.texts.contains("Second paragraph."))
    }

    @Test func tilesBecomeATableWithTheirRAGAndChartsTheirFigures() throws {
        let body = DocxBodyProbe(xml: try DocxFixture.documentXML(BoardPackDOCX.document(PackFixture.pack())))
        let cells = body.tables.flatMap { $0.flatMap(\.cells) }
        let rag = try #require(cells.first { $0.text == "GREEN" })
        #expect(rag.fill != nil)
        #expect(cells.contains { $0.text == "Re-referrals within 12 months" && $0.bold })
        // The trend chart's figures: the year without a computed value shows a dash.
        let rows = body.tables.flatMap { $0 }.map { $0.cells.map(\.text) }
        #expect(rows.contains(["2024-25", "–", "22.6%", "22.6%"]))
        #expect(cells.contains { $0.text == "2" && $0.fill != nil }, "the red count keeps its fill")
    }
}

extension BoardPackDOCXTests {
    @Test func textColumnsGetMoreRoomThanFigures() {
        let t = PackTable(header: ["Priority", "Red", "Total"],
                          rows: [[PackCell("P2 Management oversight and the practice model"), PackCell("1"), PackCell("7")]], numericColumns: [1, 2])
        let w = BoardPackDOCX.widths(t)
        #expect(w.count == 3 && abs(w.reduce(0, +) - 1) < 1e-9)
        #expect(w[0] > 0.6 && w[1] == w[2])
    }
}

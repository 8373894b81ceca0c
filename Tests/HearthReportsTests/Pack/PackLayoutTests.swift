import Testing
@testable import HearthReports

/// How the pack is laid on pages: the pack proper, then its sources, then the appendices with
/// the detail; a heading never printed apart from the chart or table it heads.
@Suite struct PackLayoutTests {
    static let chart = PackChart(trend: PackFixture.trend)
    static func table(rows: Int, text: String = "x") -> PackTable {
        PackTable(header: ["Action", "Why"], rows: (0..<rows).map { [PackCell("\($0)"), PackCell(text)] })
    }

    /// Two sections with detail, one without: the detail is lettered A and B in section order.
    static func pack() -> BoardPack {
        var pack = PackFixture.pack()
        pack.sections[1].appendix = [.subheading("Actions that moved"), .table(table(rows: 2))]
        pack.sections[1].appendixTitle = "The plan in detail"
        pack.sections[2].appendix = [.subheading("Re-referrals within 12 months"), .paragraph("Definition."), .chart(chart)]
        pack.sections[2].appendixTitle = "Indicators in detail"
        return pack
    }

    @Test func aHeadingAndItsOpeningLinesGoWithTheChartOrTableTheyIntroduce() {
        let groups = PackBlock.keepGroups([.subheading("A"), .paragraph("why"), .paragraph("commentary"), .chart(Self.chart),
                                           .note("c: suppressed"), .subheading("B"), .table(Self.table(rows: 2)), .paragraph("trailing")])
        // [A, why, commentary, chart], [the note after the chart], [B, table], [trailing]
        #expect(groups.map(\.count) == [4, 1, 2, 1])
        // A long run of prose keeps only its last two blocks with the table.
        let prose = PackBlock.keepGroups([.subheading("C"), .paragraph("1"), .paragraph("2"), .paragraph("3"), .paragraph("4"),
                                          .table(Self.table(rows: 1))])
        #expect(prose.map(\.count) == [3, 3])
    }

    @Test func aTableLongerThanAThirdOfAPageMayRunOnButAShortOneIsKeptWhole() {
        #expect(!PackBlock.table(Self.table(rows: 10)).mayBreak)
        #expect(PackBlock.table(Self.table(rows: 30)).mayBreak)
        // Rows of long sentences count by their lines, not by rows.
        #expect(PackBlock.table(Self.table(rows: 8, text: String(repeating: "a reason that wraps ", count: 12))).mayBreak)
        #expect(!PackBlock.chart(Self.chart).mayBreak)
    }

    @Test func theHTMLKeepsHeadingsWithWhatTheyHeadAndPrintsTheAppendicesAfterTheSources() throws {
        var pack = Self.pack()
        pack.sections[1].blocks.append(contentsOf: [.subheading("Exceptions"), .table(Self.table(rows: 40))])
        let html = BoardPackHTML.document(pack)
        // The chart and its heading in one block that is not broken across pages.
        #expect(html.contains("<div class=\"pack-keep\">\n<h3>Re-referrals within 12 months</h3>\n<p>Definition.</p>\n<figure class=\"pack-chart\">"))
        // A long table: its heading is kept with its start (the lead), and the table may run on.
        #expect(html.contains("<div class=\"pack-lead\">\n<h3>Exceptions</h3>\n</div>\n<table class=\"pack-table\">"))
        let sources = try #require(html.range(of: "Sources of the figures"))
        let a = try #require(html.range(of: "<h2>Appendix A: The plan in detail</h2>"))
        let b = try #require(html.range(of: "<h2>Appendix B: Indicators in detail</h2>"))
        #expect(sources.upperBound < a.lowerBound && a.upperBound < b.lowerBound)
        #expect(html.contains("<section class=\"pack-section pack-appendix\" id=\"appendix-a\">"))
        #expect(BoardPackStyle.css.contains(".pack-appendix { break-before: page; }"))
        #expect(pack.plainText.contains("Appendix B: Indicators in detail") && pack.plainText.contains("Definition."))
    }

    @Test func wordStartsEachAppendixOnANewPageAndKeepsCaptionsAndShortTablesTogether() throws {
        var pack = Self.pack()
        pack.sections[1].blocks.append(.table(Self.table(rows: 40)))
        let body = DocxBodyProbe(xml: try DocxFixture.documentXML(BoardPackDOCX.document(pack)))
        #expect(body.wellFormed)
        let headings = body.paragraphs.filter { $0.style == "Heading1" }
        #expect(headings.map(\.text).suffix(3) == ["Sources of the figures", "Appendix A: The plan in detail", "Appendix B: Indicators in detail"])
        #expect(headings.suffix(2).allSatisfy { $0.pageBreakBefore })
        // The caption of the plan's table stays on the page of its first row.
        let caption = try #require(body.paragraphs.first { $0.text == "Actions by priority" })
        #expect(caption.keepNext)
        // A short table is kept whole (every row but the last stays with the next); a long one may run on.
        let short = try #require(body.tables.first { $0.count == 3 && $0[1].cells.first?.text == "0" })
        #expect(short.dropLast().allSatisfy { $0.cells.allSatisfy { $0.keepNext } } && !(short.last?.cells.contains { $0.keepNext } ?? true))
        let long = try #require(body.tables.first { $0.count == 41 })
        #expect(long[0].cells.allSatisfy { $0.keepNext }, "the header stays with the first row")
        #expect(!long[5].cells.contains { $0.keepNext })
    }

    @Test func theBuilderLettersAppendicesInTheOrderOfTheSections() {
        let pack = Self.pack()
        #expect(pack.appendices.map(\.letter) == ["A", "B"])
        #expect(pack.appendices.map(\.section.kind) == [.plan, .indicators])
        #expect(BoardPack.letter(25) == "Z" && BoardPack.letter(26) == "AA" && BoardPack.letter(27) == "AB")
    }
}

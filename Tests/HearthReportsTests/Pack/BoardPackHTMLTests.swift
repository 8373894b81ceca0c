import Testing
@testable import HearthReports

@Suite struct BoardPackHTMLTests {
    @Test func theCoverTakesTheFirstTwoNumbersAndSectionsFollow() {
        // Given a pack with a cover, when it is rendered
        let html = BoardPackHTML.document(PackFixture.pack())
        // Then purpose and recommendation are 1 and 2, and the plan is 3
        #expect(html.contains("<span class=\"pack-number\">1.</span> Purpose of the report"))
        #expect(html.contains("<span class=\"pack-number\">2.</span> Recommendation"))
        #expect(html.contains("<span class=\"pack-number\">3.</span> Progress on the improvement plan"))
        #expect(html.contains("<dt>Report to</dt><dd>Improvement Board</dd>"))
        #expect(html.contains("<style>") && html.contains("size: A4"))
    }

    @Test func withoutACoverTheTitleLeadsAndNumberingStartsAtOne() {
        let html = BoardPackHTML.document(PackFixture.pack(cover: false), stylesheet: .link("/assets/board-pack.css"))
        #expect(html.contains("<h1 class=\"pack-title\">Children&#39;s services improvement: progress report</h1>"))
        #expect(html.contains("<span class=\"pack-number\">1.</span> Progress on the improvement plan"))
        #expect(!html.contains("Purpose of the report"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/assets/board-pack.css\">") && !html.contains("<style>"))
    }

    @Test func officersTextIsEscapedAndKeepsItsParagraphs() {
        let html = BoardPackHTML.document(PackFixture.pack())
        #expect(html.contains("<p>First paragraph &lt;b&gt;&amp; more&lt;/b&gt;.<br>Same paragraph.</p>\n<p>Second paragraph.</p>"))
        #expect(!html.contains("<b>& more</b>"))
    }

    @Test func tilesTablesAndChartsCarryTheirRAGAndFigures() {
        let html = BoardPackHTML.document(PackFixture.pack())
        #expect(html.contains("<div class=\"pack-tile rag-green\">"))
        #expect(html.contains("<td class=\"num\"><span class=\"pack-tag rag-red\">2</span></td>"))
        #expect(html.contains("<svg") && html.contains("<figcaption>Re-referrals by year</figcaption>"))
        // The chart's figures as a table: the missing year shows as a dash, the target as a column.
        #expect(html.contains("<td>2024-25</td><td class=\"num\">–</td><td class=\"num\">22.6%</td><td class=\"num\">22.6%</td>"))
    }

    @Test func plainTextHoldsEveryWordForScanning() {
        let text = PackFixture.pack().plainText
        for word in ["Halton", "Report to", "P1 Front door", "19.0%", "Better than England: 22.6%", "2023-24", "Indicators: submission 3."] {
            #expect(text.contains(word), "\(word)")
        }
    }
}

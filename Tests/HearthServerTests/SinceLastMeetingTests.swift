import Foundation
@testable import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// What changed since the board last met, on the meeting page and in the pack: each figure for the
/// twelve months to the month-end before that meeting, beside the figure now, the change and the RAG.
@Suite struct SinceLastMeetingTests {
    @Test func theMeetingAndItsPackShowTheFiguresThenAndNow() async throws {
        let f = try await ServerFixture.make(years: [2025, 2026])
        try await ServerFixture.closing(f.store) {
            // A meeting still to come: the last one held is the fixture's of 15 January 2026.
            let next = Meeting(id: "fixture-board-2027-03-01", boardID: ServerFixture.board, date: Day(iso: "2027-03-01")!)
            try await f.store.saveMeeting(next, authority: "876")
            let service = BoardPackTests.service(f)
            let inputs = try await service.inputs(meeting: next.id)
            let since = SinceLastMeeting(inputs)
            #expect(since.previous?.id == ServerFixture.meeting)
            #expect(SinceLastMeeting.asAt(try #require(since.previous)) == Day(iso: "2025-12-31"))
            // Referrals per 10,000: then is the stored twelve months to 31 December 2025, now the latest.
            let row = try #require(since.rows.first { $0.id == "referrals_rate" })
            let then = try #require(try await f.app.indicators.snapshot("referrals_rate", period: .rolling12Months(endingOn: Day(iso: "2025-12-31")!)))
            let summary = try #require(try await f.app.indicators.summary(id: "referrals_rate"))
            let text = IndicatorText(summary: summary, disclosure: .aggregate)
            #expect(row.then == text.value(then) && row.thenPeriod == "12 months to 31/12/2025")
            #expect(row.now == text.value(summary.latest) && row.nowPeriod == summary.latest?.period.label)
            let difference = try #require(summary.latest?.value) - (try #require(then.value))
            #expect(row.change == (difference > 0 ? "+" : difference < 0 ? "−" : "") + IndicatorFormat.value(abs(difference), summary.definition))
            // The pack carries the table after its key messages.
            let pack = BoardPackBuilder(inputs: inputs).build()
            let key = try #require(pack.sections.first { $0.kind == .keyMessages })
            #expect(key.blocks.contains(.subheading("Since the last meeting (15 January 2026)")))
            #expect(key.appendix.contains { if case .table(let t) = $0 { t.caption == "Indicators then and now" && t.rows.count == since.rows.count } else { false } })
            // Each RAG boundary crossed is a key message: worse among what needs attention, better among what improves.
            let messages = KeyMessages(inputs)
            #expect(since.rows.contains { $0.crossed }, "the fixture's two years cross at least one boundary")
            for crossed in since.rows where crossed.crossed {
                let all = messages.groups.flatMap { g in g.messages.map { (g.kind, $0) } }
                let found = try #require(all.first { $0.1.text.hasPrefix("\(crossed.title): \(crossed.rag) since the meeting of 15 January 2026") })
                let then = try #require(inputs.earlierFigures[IndicatorID(rawValue: crossed.id)]).rag
                let now = IndicatorText(summary: try #require(inputs.summaries.first { $0.definition.id.rawValue == crossed.id }), disclosure: .aggregate).rag.shown
                #expect(found.0 == ((now?.severity ?? 0) > then.severity ? .exceptions : .improving), "\(crossed.title)")
                #expect(found.1.evidence == .indicator(crossed.id))
            }
            try await f.withClient { client in
                let page = String(buffer: try await client.execute(uri: Site.meeting(next.id), method: .get, headers: f.headers(.board)).body)
                #expect(page.contains("Since the last meeting (15 January 2026)") && page.contains(MarkupText.escape(row.then)))
                // The overview's tile says the same change, since the board last met.
                let overview = String(buffer: try await client.execute(uri: "/", method: .get, headers: f.headers(.analyst)).body)
                #expect(overview.contains("\(MarkupText.escape(row.change)) since the Fixture board of 15 January 2026"))
            }
        }
    }
}

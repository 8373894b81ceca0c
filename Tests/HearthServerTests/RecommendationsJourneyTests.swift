import Foundation
@testable import HearthApplication
import HearthCore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 22, part 2: a scrutiny committee's recommendation to the improvement board, shown on the
/// board's next agenda and in its pack, accepted there with the reason, tracked to done, and in
/// both boards' trackers and the API.
enum RecommendationsJourneyTests {
    typealias J = LocalMeasureJourneyTests

    static func scrutinyRecommendationTrackedToDone(_ client: any TestClientProtocol, _ f: ServerFixture) async throws {
        // The scrutiny committee and its meeting before the improvement board's next.
        #expect(try await J.form(client, f, Site.boards.path, .manager, [("name", "Children's Scrutiny Committee"), ("kind", "scrutiny committee"),
                                                                        ("chair", "Cllr Jones"), ("cadence", "8")]).status == .seeOther)
        let scrutiny = try #require(try await f.store.programme(authority: "876").boards.first { $0.kind == .scrutiny }?.id)
        #expect(try await J.form(client, f, Site.boardMeetings(scrutiny), .secretary, [("date", "2025-12-01")]).status == .seeOther)
        let made = "\(scrutiny)-2025-12-01"
        let text = "That the improvement board reports on how it will reduce agency social workers"
        let fields = [("kind", "recommendation"), ("text", text), ("to", ServerFixture.board), ("due", "2026-02-28")]
        #expect(try await J.form(client, f, Site.meetingRecommendations(made), .board, fields).status == .forbidden)
        #expect(try await J.form(client, f, Site.meetingRecommendations(made), .secretary, fields).status == .seeOther)
        let id = "\(made)-r1"

        // On the improvement board's next meeting and in its pack, awaiting a response.
        let ib = Site.meeting(ServerFixture.meeting)
        var page = String(buffer: try await J.get(client, f, ib, .board).body)
        #expect(page.contains("id=\"received-\(id)\"") && page.contains(text) && page.contains("Awaiting response, due 28 February 2026"))
        // It is an item of that meeting's agenda.
        #expect(page.contains("1. Recommendation from Children&#39;s Scrutiny Committee, 1 December 2025: \(text)")
                || page.contains("1. Recommendation from Children's Scrutiny Committee, 1 December 2025: \(text)"))
        let pack = String(decoding: try await BoardPackTests.service(f).render(
            try await BoardPackTests.service(f).pack(meeting: ServerFixture.meeting), as: .html), as: UTF8.self)
        #expect(pack.contains("Recommendations and requests to this board") && pack.contains(text))

        // Accepted at that meeting, with the reason; then done.
        #expect(try await J.form(client, f, Site.recommendationResponse(id), .secretary,
                                 [("response", "accepted"), ("reason", "A recruitment and retention report comes in March"),
                                  ("at", ServerFixture.meeting), ("back", ib)]).status == .seeOther)
        page = String(buffer: try await J.get(client, f, ib, .viewer).body)
        #expect(page.contains("Accepted 15 January 2026: A recruitment and retention report comes in March; not yet done"))
        #expect(try await J.form(client, f, Site.recommendationDone(id), .secretary, [("done", "2026-03-20")]).status == .seeOther)

        // Both trackers, and the API, say so.
        let status = "Accepted 15 January 2026: A recruitment and retention report comes in March; done 20 March 2026"
        #expect(String(buffer: try await J.get(client, f, Site.board(scrutiny), .board).body).contains(status))
        #expect(String(buffer: try await J.get(client, f, Site.board(ServerFixture.board), .board).body).contains(status))
        let api = try await J.get(client, f, Site.API.boardRecommendations(ServerFixture.board), .board)
        let tracker = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
        let received = try #require(tracker["received"] as? [[String: Any]])
        #expect(received.count == 1 && received.first?["status"] as? String == "done" && received.first?["from"] as? String == "Children's Scrutiny Committee")
        // A recommendation to the board that makes it, or to nobody, is refused at its field.
        let own = try await J.form(client, f, Site.meetingRecommendations(made), .secretary, [("kind", "request"), ("text", "x"), ("to", scrutiny)])
        #expect(own.status == .unprocessableContent)
        let audit = try await f.store.auditRecords(user: nil, limit: 100).map(\.action)
        #expect(audit.contains("record recommendation") && audit.contains("respond to recommendation") && audit.contains("recommendation done"))
    }
}

import Foundation
@testable import HearthApplication
import HearthCore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 22, part 1: findings from a source other than Ofsted, as a manager records them and every
/// reader meets them. An inspection leads to an improvement notice; the notice's 12-month DfE
/// review sets four priorities (workforce capacity and stability; partnership working; practice
/// model and social work practice; communication and engagement); two of them are traced to an
/// action; coverage, the timeline, the intervention page, the pack and the API all carry them.
enum FindingSourcesJourneyTests {
    typealias J = LocalMeasureJourneyTests

    static let priorities = ["Workforce capacity and stability", "Partnership working",
                             "Practice model and social work practice", "Communication and engagement"]

    static func reviewPrioritiesTracedToActions(_ client: any TestClientProtocol, _ f: ServerFixture) async throws {
        // An inspection, and the notice that followed it.
        let inspection = try await J.form(client, f, Site.inspections.path, .manager,
                                          [("kind", "standard inspection"), ("start", "2024-02-05")])
        #expect(inspection.status == .seeOther)
        // (The shipped Ofsted history may be there too: the new one is the one that started on 5 February 2024.)
        let inspectionID = try #require(try await f.store.programme(authority: "876").inspections.first { $0.startDate == Day(iso: "2024-02-05") }?.id)
        let notice = try await J.form(client, f, Site.interventions.path, .manager,
                                      [("kind", "improvement notice"), ("issued", "2024-05-10"), ("every", "6"), ("inspection", inspectionID)])
        #expect(notice.status == .seeOther)
        let noticeID = try #require(try await f.store.programme(authority: "876").interventions.first { $0.kind == .improvementNotice }?.id)

        // A board member may not record a source; a manager records the 12-month review.
        let fields = [("kind", "DfE adviser review"), ("title", "12-month review of the improvement notice"), ("date", "2025-05-12"),
                      ("made_by", "DfE improvement adviser"), ("outcome", "The notice remains; progress at the front door"),
                      ("intervention", noticeID)]
        #expect(try await J.form(client, f, Site.sources.path, .board, fields).status == .forbidden)
        let made = try await J.form(client, f, Site.sources.path, .manager, fields)
        #expect(made.status == .seeOther)
        let source = try #require(try await f.store.programme(authority: "876").sources.first)
        #expect(source.interventionID == noticeID && source.kind == .adviserReview)
        for text in Self.priorities {
            let added = try await J.form(client, f, Site.sourceFindings(source.id), .manager, [("kind", "priority"), ("text", text)])
            #expect(added.status == .seeOther)
        }
        // Numbered as a DfE review's priorities are, in the order given.
        let findings = try await f.store.programme(authority: "876").source(source.id).findings
        #expect(findings.map(\.id) == ["DR1", "DR2", "DR3", "DR4"] && findings.map(\.text) == Self.priorities)

        // Two priorities are answered by an action added through the API.
        var headers = f.headers(.manager)
        headers[.contentType] = "application/json"
        headers[.csrfToken] = ServerFixture.csrf
        let action = try await client.execute(uri: Site.API.planActions.path, method: .post, headers: headers, body: ByteBuffer(string:
            #"{"priority":"P1","title":"Permanent team managers in every team","owner":"DCS","due":"2026-03-31","findings":["DR1","DR3"]}"#))
        #expect(action.status == .created)

        // Coverage: DR2 and DR4 have no action yet; the page says where they came from.
        let coverage = String(buffer: try await J.get(client, f, Site.coverage.path, .board).body)
        #expect(coverage.contains("unanswered-DR2") && coverage.contains("unanswered-DR4"))
        #expect(!coverage.contains("unanswered-DR1") && !coverage.contains("unanswered-DR3"))
        #expect(coverage.contains("DfE adviser review: 12-month review of the improvement notice, 12 May 2025"))
        let api = try await J.get(client, f, Site.API.coverage.path, .viewer)
        let unanswered = try #require((try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])?["unansweredFindings"]
            as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(unanswered.contains("DR2") && unanswered.contains("DR4") && !unanswered.contains("DR1"))

        // A second action answers the other two: every priority is traced to an action.
        let second = try await client.execute(uri: Site.API.planActions.path, method: .post, headers: headers, body: ByteBuffer(string:
            #"{"priority":"P1","title":"A partnership communications plan","owner":"DCS","due":"2026-06-30","findings":["DR2","DR4"]}"#))
        #expect(second.status == .created)
        let traced = String(buffer: try await J.get(client, f, Site.coverage.path, .board).body)
        #expect(!["DR1", "DR2", "DR3", "DR4"].contains { traced.contains("unanswered-\($0)") })
        let review = String(buffer: try await J.get(client, f, Site.source(source.id), .viewer).body)
        #expect(!review.contains("no action answers this"))

        // The source's page, the timeline and the intervention page.
        let page = String(buffer: try await J.get(client, f, Site.source(source.id), .board).body)
        #expect(Self.priorities.allSatisfy { page.contains($0) } && page.contains("The notice remains"))
        #expect(!page.contains("Add a finding"), "a board member sees no forms")
        let timeline = String(buffer: try await J.get(client, f, Site.timeline.path, .viewer).body)
        #expect(timeline.contains("DfE adviser review: 12-month review of the improvement notice"))
        let interventions = String(buffer: try await J.get(client, f, Site.interventions.path, .viewer).body)
        #expect(interventions.contains("Followed <a href=\"\(Site.inspection(inspectionID))\">Standard inspection, 5 February 2024</a>"))
        #expect(interventions.contains("href=\"\(Site.source(source.id))\""))

        // The pack's regulatory section lists the source with what is answered.
        let pack = String(decoding: try await BoardPackTests.service(f).render(
            try await BoardPackTests.service(f).pack(meeting: ServerFixture.meeting), as: .html), as: UTF8.self)
        #expect(pack.contains("Findings from other sources") && pack.contains("12-month review of the improvement notice"))

        // The API reads it, and refuses a finding id another source already has.
        let list = try await J.get(client, f, Site.API.sources.path, .board)
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]])
        #expect(sources.count == 1 && (sources.first?["findings"] as? [[String: Any]])?.count == 4)
        let clash = try await client.execute(uri: Site.API.sources.path, method: .post, headers: headers, body: ByteBuffer(string:
            #"{"kind":"commissioner","title":"Commissioner's report","date":"2025-06-01","findings":[{"id":"DR1","kind":"recommendation","text":"x"}]}"#))
        #expect(clash.status == .conflict)
        let commissioner = try await client.execute(uri: Site.API.sources.path, method: .post, headers: headers, body: ByteBuffer(string:
            #"{"kind":"commissioner","title":"Commissioner's report","date":"2025-06-01","madeBy":"Children's commissioner","findings":[{"kind":"recommendation","text":"A single front door for the partnership"}]}"#))
        #expect(commissioner.status == .created)
        #expect(try await f.store.programme(authority: "876").sources.map(\.findings.first?.id) == ["DR1", "R1"])
        // Every write is audited.
        let audit = try await f.store.auditRecords(user: nil, limit: 200).map(\.action)
        #expect(audit.filter { $0 == "save source of findings" }.count == 6)
    }
}

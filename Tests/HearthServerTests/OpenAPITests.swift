import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The OpenAPI document and the router agree: every documented operation answers, and every
/// API route is documented.
@Suite struct OpenAPITests {
    struct Document: Decodable {
        let paths: [String: [String: Operation]]
        struct Operation: Decodable { let summary: String }
    }

    @Test func documentAndRoutesMatch() async throws {
        // A fixture of its own: the walk makes a local measure and sets a target, which the
        // shared fixture's other readers must not see.
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) { try await walk(f) }
    }

    private func walk(_ f: ServerFixture) async throws {
        let data = Data(buffer: try HearthApp.resource("openapi.json"))
        let doc = try JSONDecoder().decode(Document.self, from: data)
        let documented = Set(doc.paths.flatMap { path, ops in ops.keys.map { "\($0.uppercased()) \(path)" } })
        let routed = Set(f.routes.entries.filter { $0.isAPI || $0.path == Site.health.path }.map {
            "\($0.method) " + $0.path.replacingOccurrences(of: ":id", with: "{id}")
        })
        #expect(documented == routed, "documented but not routed: \(documented.subtracting(routed)); routed but not documented: \(routed.subtracting(documented))")

        let programme = try await f.store.programme(authority: "876")
        let meeting = try #require(programme.meetings.first)
        let priority = try #require(programme.currentPlan?.priorities.first)
        // A valid body for each documented write.
        let bodies = [
            "/api/v1/programme/plan/actions": #"{"priority":"\#(priority.id)","title":"From the API","owner":"Head of Service","due":"2027-03-31"}"#,
            "/api/v1/programme/meetings/{id}/resolutions": #"{"text":"That the board notes the report."}"#,
            "/api/v1/programme/meetings/{id}/actions-arising": #"{"text":"Bring the audit","owner":"PSW","due":"2027-01-31"}"#,
            "/api/v1/workforce/campaigns": #"{"name":"Spring 2026","opened":"2026-03-01","applications":40,"shortlisted":20,"interviewed":12,"offered":6,"appointed":5}"#,
            "/api/v1/measures": #"{"title":"Contacts decided within a working day","definition":"Contacts decided within one working day, of contacts received.","unit":"percentage","polarity":"high","frequency":"monthly","area":"front-door","owner":"manager"}"#,
            "/api/v1/measures/{id}/values": #"{"period":"2026-27 Q2","value":64,"note":"Autumn survey"}"#,
            "/api/v1/targets/{id}": #"{"target":95,"tolerance":3,"reason":"Front door standard"}"#,
            "/api/v1/programme/meetings/{id}/recommendations": #"{"kind":"request","text":"The audit report","toOfficer":"Director of Children's Services","due":"2027-01-31"}"#,
            "/api/v1/programme/plan/approval": #"{"version":1,"meeting":"\#(meeting.id)","resolution":1}"#,
            "/api/v1/programme/recommendations/{id}/response": #"{"response":"accepted","reason":"Agreed"}"#,
            "/api/v1/programme/sources": #"{"kind":"DfE adviser review","title":"12-month review","date":"2025-05-12","findings":[{"kind":"priority","text":"Partnership working"}]}"#,
            "/api/v1/programme/sources/{id}": #"{"kind":"peer review","title":"Peer review","date":"2025-02-03","madeBy":"LGA","findings":[{"id":"PR1","kind":"recommendation","text":"One threshold document"}]}"#,
            "/api/v1/sef": #"{"summary":"From the API","areas":{"care-leavers":{"plans":"More personal advisers"}}}"#,
            "/api/v1/programme/boards": #"{"kind":"other","name":"Children's Executive Group","chair":"Chief Executive","members":[{"name":"DCS","role":"officer"}],"cadenceWeeks":6,"termsOfReference":"Oversees the improvement after the notice is lifted."}"#,
            "/api/v1/programme/boards/{id}": #"{"name":"Fixture board","chair":"Independent chair","termsOfReference":"Holds the council to its plan.","members":[{"name":"Cllr Ahmed","role":"councillor"},{"name":"DfE adviser","role":"DfE adviser"}]}"#,
            "/api/v1/programme/plan/actions/{id}/progress": #"{"text":"Audit done","status":"in progress"}"#,
        ]
        // The sources' routes are walked on a source saved first.
        try await f.store.saveSource(FindingSource(id: "peer-review-2025-02-03", kind: .peerReview, title: "Peer review",
                                                   date: Day(iso: "2025-02-03")!), authority: "876")
        // The self-evaluation's routes are walked on a version saved first (it is issued by the walk).
        _ = try await f.store.addSelfEvaluation(SelfEvaluationNarrative(summary: "Seeded"), by: "analyst", at: Date(), authority: "876")
        // The measures' and targets' routes are walked on a local measure made first.
        let measure = "local_percent_of_staff_who_feel_valued"
        try await f.store.addLocalMeasure(LocalMeasure(
            id: measure, title: "% of staff who feel valued", definition: "d", unit: .percentage, polarity: .high, frequency: .quarterly,
            area: .workforce, owner: "manager", source: "", boardVisible: true, countsChildren: false, createdBy: "manager",
            createdAt: Date()), authority: "876")
        await f.app.indicators.invalidate()
        try await f.withClient { client in
            // Signing off and issuing change what every board member reads: they are walked on a
            // fixture of their own (PackLifecycleTests), not on this shared one.
            let lifecycle: Set<String> = ["POST /api/v1/programme/meetings/{id}/pack/sign-off", "POST /api/v1/programme/meetings/{id}/pack/issue"]
            for op in documented.sorted() where !lifecycle.contains(op) {
                let parts = op.split(separator: " ")
                let path = String(parts[1])
                let id = path.contains("/plan/actions/") ? "1.1" : path.contains("/meetings/") ? meeting.id : path.contains("/measures/") || path.contains("/targets/") ? measure
                    : path.contains("/sources/") ? "peer-review-2025-02-03" : path.contains("/boards/") ? ServerFixture.board
                    : path.contains("/recommendations/") ? "\(meeting.id)-r1" : path.contains("/sef/") ? "1" : "rereferrals_12m"
                let uri = path.replacingOccurrences(of: "{id}", with: id)
                let isPost = parts[0] == "POST"
                var headers = f.headers(.admin)
                if isPost {
                    headers[.contentType] = "application/json"
                    headers[.csrfToken] = ServerFixture.csrf
                }
                let r = try await client.execute(uri: uri, method: .init(String(parts[0]))!, headers: headers,
                                                 body: isPost ? ByteBuffer(string: bodies[path] ?? "{}") : nil)
                // Clearing a sign-in throttle makes nothing: 200, not 201.
                let made = isPost && !path.hasSuffix("/sign-in-throttle/clear")
                #expect(r.status == (made ? .created : .ok), "\(op): \(r.status) \(String(buffer: r.body).prefix(200))")
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
                if isPost {
                    // Without the token the same write is refused.
                    headers[.csrfToken] = nil
                    let refused = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: bodies[path] ?? "{}"))
                    #expect(refused.status == .forbidden, "\(op) without a CSRF token: \(refused.status)")
                }
            }
        }
    }
}

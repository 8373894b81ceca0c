import Foundation
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
        let f = try await ServerFixture.shared()
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
        ]
        try await f.withClient { client in
            // Signing off and issuing change what every board member reads: they are walked on a
            // fixture of their own (PackLifecycleTests), not on this shared one.
            let lifecycle: Set<String> = ["POST /api/v1/programme/meetings/{id}/pack/sign-off", "POST /api/v1/programme/meetings/{id}/pack/issue"]
            for op in documented.sorted() where !lifecycle.contains(op) {
                let parts = op.split(separator: " ")
                let path = String(parts[1])
                let uri = path.replacingOccurrences(of: "{id}", with: path.contains("/meetings/") ? meeting.id : "rereferrals_12m")
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

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
        let routed = Set(f.routes.entries.filter { $0.isAPI || $0.path == Site.health }.map {
            "\($0.method) " + $0.path.replacingOccurrences(of: ":id", with: "{id}")
        })
        #expect(documented == routed, "documented but not routed: \(documented.subtracting(routed)); routed but not documented: \(routed.subtracting(documented))")

        try await f.withClient { client in
            for op in documented.sorted() {
                let parts = op.split(separator: " ")
                let uri = String(parts[1]).replacingOccurrences(of: "{id}", with: "rereferrals_12m")
                let r = try await client.execute(uri: uri, method: .init(String(parts[0]))!, headers: f.headers(.admin))
                #expect(r.status == .ok, "\(op): \(r.status)")
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }
}

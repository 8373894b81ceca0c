import HearthApplication
import Foundation
import HearthStore
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
@testable import HearthServer
@testable import HearthStore

/// Issue 17, item 10: operations.
@Suite struct OperationsTests {
    @Test func healthSaysUnhealthyWhenTheStoreRefusesWrites() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-health-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await StoreFactory.open(.sqliteFile(path: dir.appendingPathComponent("hearth.sqlite").path))
        try await HardeningApp.with(store: store) { app in
            // The database turns read-only under the running server, as a read-only file or a
            // remounted disk would: SQLite's own switch on its one writing connection (a chmod does
            // not stop root, under which CI may run). Reads still work, so only a write shows it.
            try await store.execute("PRAGMA query_only = ON")
            try await app.withClient { client in
                let r = try await client.execute(uri: Site.health.path, method: .get)
                #expect(r.status == .serviceUnavailable)
                #expect(String(buffer: r.body).contains("\"status\":\"unhealthy\""))
                #expect(String(buffer: r.body).contains("\"writable\":false"))
            }
            // Writable again: healthy at the next probe.
            try await store.execute("PRAGMA query_only = OFF")
            #expect(await HealthProbe(store: store, interval: 0).writeError() == nil)
        }
        try await HardeningApp.with { healthy in
            try await healthy.withClient { client in
                let r = try await client.execute(uri: Site.health.path, method: .get)
                #expect(r.status == .ok && String(buffer: r.body).contains("\"writable\":true"))
            }
        }
    }

    @Test func healthWritesOnPostgreSQLToo() async throws {
        guard let url = ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"], !url.isEmpty else { return }
        let store = try await StoreFactory.open(.postgres(url: url))
        try await store.writeHeartbeat(at: Date())
        #expect(await HealthProbe(store: store, interval: 0).writeError() == nil)
        try await store.close()
    }

    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test func eachRequestLogsOneLineWithoutQueryOrIdentifiers() async throws {
        let f = try await ServerFixture.shared()
        let lines = Lines()
        let log = AccessLogMiddleware { line, _ in lines.append(line) }
        let (_, router, _) = try await ServerFixture.makeApp(f.store, accessLog: log)
        let child = try #require(f.childIDs.sorted().first)
        let responder = router.buildResponder()
        try await Application(responder: responder).test(.router) { client in
            _ = try await client.execute(uri: "/indicators/rereferrals_12m/children?period=2024-25&child=\(child)", method: .get,
                                         headers: f.headers(.analyst))
            _ = try await client.execute(uri: "/children/\(child)", method: .get, headers: f.headers(.analyst))
            _ = try await client.execute(uri: "/api/v1/indicators/rereferrals_12m/children?period=2024-25", method: .get,
                                         headers: f.headers(.manager))
            _ = try await client.execute(uri: "/?x=1", method: .get)
        }
        let all = lines.all
        #expect(all.count == 4)
        #expect(all.allSatisfy { !$0.contains("?") && !$0.contains(child) && !$0.contains("2024-25") })
        #expect(all[0].hasPrefix("GET /indicators/{id}/children 200 ") && all[0].contains(" analyst "))
        #expect(all[1].hasPrefix("GET /children/… 404 "))
        #expect(all[2].hasPrefix("GET /api/v1/indicators/{id}/children 200 ") && all[2].contains(" manager "))
        #expect(all[3].hasPrefix("GET / 303 ") && all[3].contains(" anonymous "))
        #expect(all.allSatisfy { $0.range(of: #" \d+\.\dms "#, options: .regularExpression) != nil })
    }

    @Test func metricsAndTheOpenAPIDocumentAreClosedToStrangersUnlessConfigured() async throws {
        try await HardeningApp.with({ $0.metricsToken = "scrape-secret-0123456789" }) { closed in
            try await closed.withClient { client in
                let anonymous = try await client.execute(uri: Site.metrics.path, method: .get)
                #expect(anonymous.status == .seeOther)
                #expect(try await client.execute(uri: Site.openAPI.path, method: .get).status == .unauthorized)
                #expect(try await client.execute(uri: Site.metrics.path, method: .get, headers: [.authorization: "Bearer wrong"]).status == .seeOther)
                #expect(try await client.execute(uri: Site.metrics.path, method: .get,
                                                 headers: [.authorization: "Bearer scrape-secret-0123456789"]).status == .ok)
                #expect(try await client.execute(uri: Site.metrics.path, method: .get, headers: [.cookie: closed.cookie(.viewer)]).status == .forbidden)
                #expect(try await client.execute(uri: Site.metrics.path, method: .get, headers: [.cookie: closed.cookie(.analyst)]).status == .ok)
                #expect(try await client.execute(uri: Site.openAPI.path, method: .get, headers: [.cookie: closed.cookie(.admin)]).status == .ok)
            }
        }
        let env = ServerConfiguration(settings: try HearthSettings(environment: ["HEARTH_PUBLIC_METRICS": "1", "HEARTH_METRICS_TOKEN": "t"]))
        #expect(env.publicMetrics && env.metricsToken == "t")
        try await HardeningApp.with({ $0.publicMetrics = true }) { publicApp in
            try await publicApp.withClient { client in
                let metrics = try await client.execute(uri: Site.metrics.path, method: .get)
                let document = try await client.execute(uri: Site.openAPI.path, method: .get)
                #expect(metrics.status == .ok && document.status == .ok)
            }
        }
    }

    @Test func headAndOptionsAreAnswered() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let get = try await client.execute(uri: "/indicators/rereferrals_12m", method: .get, headers: f.headers(.viewer))
            let head = try await client.execute(uri: "/indicators/rereferrals_12m", method: .head, headers: f.headers(.viewer))
            #expect(head.status == .ok && head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(try await client.execute(uri: Site.health.path, method: .head).status == .ok)
            let anonymous = try await client.execute(uri: "/", method: .head)
            #expect(anonymous.status == .seeOther && anonymous.body.readableBytes == 0)

            let options = try await client.execute(uri: Site.signInPath.path, method: .options)
            #expect(options.status == .noContent)
            #expect(options.headers[.allow] == "GET, HEAD, OPTIONS, POST")
            let post = try await client.execute(uri: Site.recompute.path, method: .options)
            #expect(post.status == .noContent && post.headers[.allow] == "OPTIONS, POST")
            let param = try await client.execute(uri: "/indicators/cla_rate", method: .options)
            #expect(param.status == .noContent && param.headers[.allow] == "GET, HEAD, OPTIONS")
        }
    }
}

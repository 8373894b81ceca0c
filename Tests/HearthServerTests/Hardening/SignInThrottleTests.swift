import HearthApplication
import Foundation
import HTTPTypes
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 17, item 4: a stranger must not be able to lock officers out.
@Suite struct SignInThrottleTests {
    static let attacker = "198.51.100.9"
    static let office = "203.0.113.5"

    @Test func aStrangerGuessingFromElsewhereCannotLockTheAdministratorOut() async throws {
        try await HardeningApp.with(HardeningApp.behindProxy) { app in
            try await app.withLiveClient { client in
                for _ in 0..<12 {
                    _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.attacker),
                                                 body: HardeningApp.signInBody("admin", "guess"))
                }
                let stranger = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.attacker),
                                                        body: HardeningApp.signInBody("admin", ServerFixture.password))
                #expect(stranger.status == .tooManyRequests)
                let officer = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.office),
                                                       body: HardeningApp.signInBody("admin", ServerFixture.password))
                #expect(officer.status == .seeOther, "the administrator at the office was refused: \(officer.status)")
            }
        }
    }

    @Test func madeUpNamesFromOneAddressDoNotBlockOtherNamesFromIt() async throws {
        try await HardeningApp.with(HardeningApp.behindProxy) { app in
            try await app.withLiveClient { client in
                // Everyone behind the council's proxy shares one address.
                for i in 0..<30 {
                    let r = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.office),
                                                     body: HardeningApp.signInBody("nobody\(i)", "guess"))
                    #expect(r.status == .unauthorized)
                }
                let real = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.office),
                                                    body: HardeningApp.signInBody("viewer", ServerFixture.password))
                #expect(real.status == .seeOther, "a real user behind the same proxy was refused: \(real.status)")
            }
        }
    }

    @Test func aThrottledPairIsToldHowLongToWaitAndWaitsLongerEachTime() async throws {
        try await HardeningApp.with { app in
            try await app.withClient { client in
                for _ in 0..<5 {
                    _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(), body: HardeningApp.signInBody("board", "x"))
                }
                let r = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(),
                                                 body: HardeningApp.signInBody("board", ServerFixture.password))
                #expect(r.status == .tooManyRequests)
                let retry = try #require(r.headers[.retryAfter].flatMap { Int($0) })
                #expect((1...30).contains(retry))
                #expect(String(buffer: r.body).contains("Too many failed attempts to sign in as this user from here. Wait"))
            }
            // The delay doubles with each failure after it has passed, up to its ceiling.
            let throttle = LoginThrottle()
            let t0 = Date(timeIntervalSince1970: 1_000_000)
            var waits: [TimeInterval] = []
            var now = t0
            for _ in 0..<12 {
                let outcome = await throttle.recordFailure(user: "Ana", address: "a", now: now)
                if let wait = outcome.wait { waits.append(wait); now = now.addingTimeInterval(wait) }
            }
            #expect(Array(waits.prefix(4)) == [30, 60, 120, 240])
            #expect(waits.max() == 900.0)
            #expect(waits.last == 900.0, "\(waits)")
            #expect(await throttle.wait(user: "ana", address: "a", now: now.addingTimeInterval(-1)) != nil)
            #expect(await throttle.wait(user: "ana", address: "b", now: now.addingTimeInterval(-1)) == nil)
        }
    }

    @Test func theProxyHeaderCountsOnlyWhenConfiguredAndFromATrustedProxy() throws {
        var c = ServerConfiguration()
        let forwarded: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "6.6.6.6, 198.51.100.9"]
        #expect(ClientAddress(configuration: c).resolve(peer: "10.0.0.1", headers: forwarded) == "10.0.0.1")
        c.trustedProxyHeader = "X-Forwarded-For"
        #expect(ClientAddress(configuration: c).resolve(peer: "10.0.0.1", headers: forwarded) == "10.0.0.1", "no proxies named")
        c.trustedProxies = ["10.0.0.1"]
        let resolver = ClientAddress(configuration: c)
        #expect(resolver.resolve(peer: "10.0.0.1", headers: forwarded) == "198.51.100.9")
        #expect(resolver.resolve(peer: "10.0.0.2", headers: forwarded) == "10.0.0.2", "a peer that is no proxy of ours")
        #expect(resolver.resolve(peer: "10.0.0.1", headers: [HTTPField.Name("X-Forwarded-For")!: "<script>"]) == "10.0.0.1")
        let env = ServerConfiguration(settings: try HearthSettings(environment: [
            "HEARTH_TRUSTED_PROXY_HEADER": "X-Forwarded-For", "HEARTH_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2"]))
        #expect(env.trustedProxyHeader == "X-Forwarded-For" && env.trustedProxies == ["10.0.0.1", "10.0.0.2"])
    }

    @Test func failedSignInsAndEachEngagementAreAuditedWithTheAddressAndNoPassword() async throws {
        try await HardeningApp.with(HardeningApp.behindProxy) { app in
            let pasted = String(repeating: "p", count: 200)
            try await app.withLiveClient { client in
                for _ in 0..<5 {
                    _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.attacker),
                                                 body: HardeningApp.signInBody("manager", "hunter2-secret"))
                }
                _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(from: Self.attacker),
                                             body: HardeningApp.signInBody(pasted, "x"))
                let page = try await client.execute(uri: "/admin/audit", method: .get, headers: [.cookie: app.cookie(.admin)])
                #expect(String(buffer: page.body).contains(Self.attacker), "the audit page shows the address")
            }
            let records = try await app.store.auditRecords(user: nil, limit: 100)
            let failed = records.filter { $0.action == "sign-in failed" }
            #expect(failed.count == 6)
            #expect(failed.allSatisfy { $0.address == Self.attacker })
            #expect(records.filter { $0.action == "sign-in throttled" && $0.user == "manager" }.count == 1)
            #expect(failed.contains { $0.user.hasPrefix(String(pasted.prefix(64))) && $0.user.count <= 65 })
            #expect(!records.contains { "\($0.user) \($0.subject)".contains("hunter2") })
        }
    }

    @Test func anAdministratorClearsAThrottleFromThePageAndTheAPIAudited() async throws {
        try await HardeningApp.with { app in
            try await app.withClient { client in
                for _ in 0..<5 {
                    _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(), body: HardeningApp.signInBody("analyst", "x"))
                }
                let users = try await client.execute(uri: "/admin/users", method: .get, headers: [.cookie: app.cookie(.admin)])
                #expect(String(buffer: users.body).contains("Let analyst try again now"))
                var headers = HardeningApp.form(cookie: app.cookie(.admin))
                let cleared = try await client.execute(uri: Site.userThrottleClear.path, method: .post, headers: headers,
                                                       body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=analyst"))
                #expect(cleared.status == .seeOther)
                let back = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(),
                                                    body: HardeningApp.signInBody("analyst", ServerFixture.password))
                #expect(back.status == .seeOther)

                for _ in 0..<5 {
                    _ = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(), body: HardeningApp.signInBody("board", "x"))
                }
                headers[.contentType] = "application/json"
                headers[.csrfToken] = ServerFixture.csrf
                let api = try await client.execute(uri: "/api/v1/users/board/sign-in-throttle/clear", method: .post, headers: headers)
                #expect(api.status == .ok)
                #expect(String(buffer: api.body).contains("\"addresses\":1"))
                let viewer = try await client.execute(uri: "/api/v1/users/board/sign-in-throttle/clear", method: .post,
                                                      headers: [.cookie: app.cookie(.viewer), .csrfToken: ServerFixture.csrf])
                #expect(viewer.status == .forbidden)
            }
            let audit = try await app.store.auditRecords(user: "admin", limit: 10)
            #expect(audit.filter { $0.action == "clear sign-in throttle" }.count == 2)
        }
    }

    @Test func theThrottleStaysBoundedWhileKeepingThePairsUnderAttack() async {
        var policy = LoginThrottle.Policy()
        policy.capacity = 100
        let throttle = LoginThrottle(policy: policy)
        let now = Date()
        for _ in 0..<5 { await throttle.recordFailure(user: "admin", address: "attacker", now: now) }
        for i in 0..<5_000 { await throttle.recordFailure(user: "made-up-\(i)", address: "10.0.\(i % 250).\(i / 250)", now: now) }
        #expect(await throttle.count <= 100)
        #expect(await throttle.wait(user: "admin", address: "attacker", now: now) != nil)
    }
}

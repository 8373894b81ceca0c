import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 17, item 9: sessions.
@Suite struct SessionHardeningTests {
    @Test func aCSRFTokenFromOneSessionIsRefusedInAnother() async throws {
        try await HardeningApp.with { app in
            let analyst = try #require(try await app.store.user(named: "analyst"))
            let mine = Token.random(), theirs = Token.random(), theirToken = Token.random()
            try await app.store.createSession(token: theirs, userID: analyst.id, expiresAt: Date().addingTimeInterval(600), csrfToken: theirToken)
            try await app.store.createSession(token: mine, userID: analyst.id, expiresAt: Date().addingTimeInterval(600), csrfToken: Token.random())
            try await app.withClient { client in
                // The token of the other session, sent as double-submit would have it (cookie and form agree).
                let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded",
                                           .cookie: "\(CookieSettings.csrf)=\(theirToken); \(CookieSettings.session)=\(mine)"]
                let r = try await client.execute(uri: Site.recompute.path, method: .post, headers: headers, body: ByteBuffer(string: "_csrf=\(theirToken)"))
                #expect(r.status == .forbidden)
                let own = try await client.execute(uri: Site.recompute.path, method: .post,
                                                   headers: [.contentType: "application/x-www-form-urlencoded",
                                                             .cookie: "\(CookieSettings.csrf)=\(theirToken); \(CookieSettings.session)=\(theirs)"],
                                                   body: ByteBuffer(string: "_csrf=\(theirToken)"))
                #expect(own.status != .forbidden)
            }
        }
    }

    @Test func signInRotatesTheSessionAndTheCSRFTokenUnderTheHostPrefix() async throws {
        try await HardeningApp.with { app in
            try await app.withClient { client in
                // Signed in as board already (a planted or old session), signing in as viewer.
                let old = try #require(app.sessions[.board])
                let r = try await client.execute(uri: "/sign-in", method: .post,
                                                 headers: HardeningApp.form(cookie: "\(CookieSettings.csrf)=\(ServerFixture.csrf); \(CookieSettings.session)=\(old)"),
                                                 body: HardeningApp.signInBody("viewer", ServerFixture.password))
                // Signed in as board, the form's token is board's session token, which the fixture makes the same.
                #expect(r.status == .seeOther)
                let cookies = r.headers[values: .setCookie]
                let session = try #require(cookies.first { $0.hasPrefix("__Host-hearth_session=") })
                let csrf = try #require(cookies.first { $0.hasPrefix("__Host-hearth_csrf=") })
                #expect(session.contains("Secure") && session.contains("Path=/") && !session.lowercased().contains("domain="))
                let token = String(session.dropFirst("__Host-hearth_session=".count).prefix { $0 != ";" })
                let newCSRF = String(csrf.dropFirst("__Host-hearth_csrf=".count).prefix { $0 != ";" })
                #expect(token != old && newCSRF != ServerFixture.csrf)
                #expect(try await app.store.session(token: old, now: Date()) == nil, "the session signed in over is ended")
                #expect(try await app.store.session(token: token, now: Date())?.csrfToken == newCSRF)

                // The token from before sign-in no longer passes; the new one does.
                let signedIn = "\(CookieSettings.csrf)=\(ServerFixture.csrf); \(CookieSettings.session)=\(token)"
                let stale = try await client.execute(uri: Site.signOut.path, method: .post, headers: HardeningApp.form(cookie: signedIn),
                                                     body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)"))
                #expect(stale.status == .forbidden)
                let fresh = try await client.execute(uri: Site.signOut.path, method: .post, headers: HardeningApp.form(cookie: signedIn),
                                                     body: ByteBuffer(string: "_csrf=\(newCSRF)"))
                #expect(fresh.status == .seeOther)
            }
        }
    }

    @Test func withoutTLSTheCookiesHaveNoPrefixAndNoSecure() async throws {
        try await HardeningApp.with({ $0.insecureCookies = true }) { app in
            try await app.withClient { client in
                let r = try await client.execute(uri: "/sign-in", method: .post,
                                                 headers: HardeningApp.form(cookie: "\(CookieSettings.plainCSRF)=\(ServerFixture.csrf)"),
                                                 body: HardeningApp.signInBody("viewer", ServerFixture.password))
                #expect(r.status == .seeOther)
                let session = try #require(r.headers[values: .setCookie].first { $0.hasPrefix("hearth_session=") })
                #expect(!session.contains("Secure"))
            }
        }
    }

    static let offSite = ["/%09/evil.com", "//evil.com", "/\\evil.com", "%2F%2Fevil.com", "https://evil.com", "/%2F/evil.com",
                          "/\t/evil.com", "/\n/evil.com", "/a\\b", "/%5Cevil.com", "/%0d%0aSet-Cookie:x=1", "evil.com", "",
                          "/\u{2028}x", "/%252F%252Fevil.com"]

    @Test func afterSignInOnlySameSiteAbsolutePathsAreFollowed() async throws {
        for next in Self.offSite { #expect(!Site.isLocal(next), "\(next.debugDescription) was taken for a local path") }
        for next in ["/", "/indicators/cla_rate", "/programme/boards/My%20Board", "/indicators/x/children?period=2024-25"] {
            #expect(Site.isLocal(next), "\(next) was refused")
        }
        try await HardeningApp.with { app in
            try await app.withClient { client in
                for next in ["/%09/evil.com", "/\\evil.com", "https://evil.com"] {
                    let r = try await client.execute(uri: "/sign-in", method: .post, headers: HardeningApp.form(),
                                                     body: HardeningApp.signInBody("viewer", ServerFixture.password, next: next))
                    #expect(r.status == .seeOther && r.headers[.location] == "/", "\(next) led to \(r.headers[.location] ?? "")")
                }
            }
        }
    }

    @Test func aRoleChangeOrRemovalHoldsFromTheUsersNextRequest() async throws {
        try await HardeningApp.with { app in
            let hasher = PasswordHasher(cost: 4)
            let mover = try await app.store.createUser(NewUser(name: "mover", role: .analyst, passwordHash: try await hasher.hash("x")))
            let token = Token.random()
            try await app.store.createSession(token: token, userID: mover.id, expiresAt: Date().addingTimeInterval(600), csrfToken: ServerFixture.csrf)
            let moverCookie: HTTPFields = [.cookie: "\(CookieSettings.csrf)=\(ServerFixture.csrf); \(CookieSettings.session)=\(token)"]
            let admin = HardeningApp.form(cookie: app.cookie(.admin))
            try await app.withClient { client in
                #expect(try await client.execute(uri: Site.data.path, method: .get, headers: moverCookie).status == .ok)
                let change = try await client.execute(uri: Site.userChange.path, method: .post, headers: admin,
                                                      body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=mover&role=viewer&action=role"))
                #expect(change.status == .seeOther)
                #expect(try await client.execute(uri: Site.data.path, method: .get, headers: moverCookie).status == .forbidden)
                let remove = try await client.execute(uri: Site.userChange.path, method: .post, headers: admin,
                                                      body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=mover&action=remove&confirm=yes"))
                #expect(remove.status == .seeOther)
                let after = try await client.execute(uri: "/", method: .get, headers: moverCookie)
                #expect(after.status == .seeOther && after.headers[.location]?.hasPrefix("/sign-in") == true)
            }
        }
    }
}

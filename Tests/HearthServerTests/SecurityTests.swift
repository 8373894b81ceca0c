import Foundation
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

@Suite struct SecurityTests {
    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(.analyst)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let missing = try await client.execute(uri: "/data/recompute", method: .post, headers: headers, body: ByteBuffer(string: ""))
            #expect(missing.status == .forbidden)
            let wrong = try await client.execute(uri: "/data/recompute", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "_csrf=\(Token.random())"))
            #expect(wrong.status == .forbidden)
            let signIn = try await client.execute(uri: "/sign-in", method: .post, headers: headers,
                                                  body: ByteBuffer(string: "username=admin&password=x"))
            #expect(signIn.status == .forbidden)
        }
    }

    @Test func signInSetsAStrictSessionCookieAndSignOutEndsTheSession() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(nil)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let body = "_csrf=\(ServerFixture.csrf)&username=viewer&password=\(ServerFixture.password.replacingOccurrences(of: " ", with: "+"))&next=%2Findicators%2Fcla_rate"
            let response = try await client.execute(uri: "/sign-in", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/indicators/cla_rate")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(CookieSettings.session + "=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"))
            let token = String(cookie.dropFirst(CookieSettings.session.count + 1).prefix { $0 != ";" })
            // Sign-in gives the session a CSRF token of its own, in the cookie.
            let csrfCookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(CookieSettings.csrf + "=") })
            let csrf = String(csrfCookie.dropFirst(CookieSettings.csrf.count + 1).prefix { $0 != ";" })

            var signedIn: HTTPFields = [:]
            signedIn[.cookie] = "\(CookieSettings.csrf)=\(csrf); \(CookieSettings.session)=\(token)"
            #expect(try await client.execute(uri: "/", method: .get, headers: signedIn).status == .ok)
            signedIn[.contentType] = "application/x-www-form-urlencoded"
            let out = try await client.execute(uri: "/sign-out", method: .post, headers: signedIn, body: ByteBuffer(string: "_csrf=\(csrf)"))
            #expect(out.status == .seeOther)
            #expect(try await client.execute(uri: "/", method: .get, headers: signedIn).status == .seeOther)
        }
    }

    @Test func sixthFailedSignInIsRefusedEvenWithTheRightPassword() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(nil)
            headers[.contentType] = "application/x-www-form-urlencoded"
            for _ in 0..<5 {
                let r = try await client.execute(uri: "/sign-in", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&username=board&password=wrong"))
                #expect(r.status == .unauthorized)
            }
            let right = "_csrf=\(ServerFixture.csrf)&username=board&password=\(ServerFixture.password.replacingOccurrences(of: " ", with: "+"))"
            let blocked = try await client.execute(uri: "/sign-in", method: .post, headers: headers, body: ByteBuffer(string: right))
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test func pagesCarryTheSecurityHeadersAndNoInlineScriptOrStyle() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            for uri in ["/", "/indicators/rereferrals_12m", "/sign-in", "/data", "/admin/users"] {
                let r = try await client.execute(uri: uri, method: .get, headers: f.headers(.admin))
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"))
                #expect(r.headers[.cacheControl] == "no-store")
                let html = String(buffer: r.body)
                #expect(!html.contains("<script") && !html.contains(" style=\""), "\(uri) has inline script or style")
            }
        }
    }

    @Test func signInOnlyRedirectsWithinTheSite() {
        #expect(Site.isLocal("/indicators/cla_rate"))
        #expect(!Site.isLocal("//evil.example/"))
        #expect(!Site.isLocal("https://evil.example/"))
        #expect(!Site.isLocal("/\\evil.example"))
    }
}

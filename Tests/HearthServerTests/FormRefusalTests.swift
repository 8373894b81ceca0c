import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// A form with a mistake is never a dead end: it comes back with an error summary, the message
/// at the field and every value as typed (GOV.UK's pattern), for every form of the app.
@Suite struct FormRefusalTests {
    @Test func everyFormRouteAnswersAnEmptyFormWithTheFormNotABare400() async throws {
        // Its own store: an empty form accepted by a route (the pack's commentary, say) changes
        // what the suites sharing the fixture read.
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
        let sessions = try await f.freshSessions()
        let forms = f.routes.entries.filter { $0.method == "POST" && !$0.isAPI && $0.path != Site.signOut.path }
        #expect(forms.count >= 25)
        try await f.withClient { client in
            for entry in forms {
                guard let role = UserRole.allCases.first(where: { entry.access.access.allows($0) }) else { continue }
                var headers = f.headers(role, sessions: sessions)
                headers[.contentType] = "application/x-www-form-urlencoded"
                let uri = f.concrete(entry.path)
                let response = try await client.execute(uri: uri, method: .post, headers: headers,
                                                        body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)"))
                let body = String(buffer: response.body)
                // Accepted (an empty form is enough for some: sign-out, clearing a filter), or the
                // fixture has no such record (404): both are the route's own answers.
                if response.status.code < 400 || response.status == .notFound { continue }
                #expect(response.status != .badRequest, "POST \(uri): a bare 400: \(body.prefix(200))")
                #expect(body.contains("class=\"error-summary\""), "POST \(uri) answered \(response.status) without an error summary")
            }
        }
        }
    }

    @Test func aRAGSetByHandWithoutAReasonKeepsEveryValueAndSaysWhatIsMissing() async throws {
        let f = try await ServerFixture.shared()
        let sessions = try await f.freshSessions()
        try await f.withClient { client in
            var headers = f.headers(.manager, sessions: sessions)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let form = "_csrf=\(ServerFixture.csrf)&title=Audit+every+re-referral+%26+report&owner=Head+of+front+door"
                + "&due=2027-03-31&status=in+progress&rag_override=red&override_reason="
            let response = try await client.execute(uri: "/programme/plan/actions/1.1", method: .post, headers: headers,
                                                    body: ByteBuffer(string: form))
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            // The summary links to the field; the message sits at it; the title is the user's, escaped.
            #expect(page.contains("<h2 class=\"error-summary-title\" id=\"error-summary-title\">There is a problem</h2>"))
            #expect(page.contains("<a href=\"#areason\">Enter the reason for overriding the RAG.</a>"))
            #expect(page.contains("id=\"areason-error\""))
            #expect(page.contains(">Audit every re-referral &amp; report</textarea>"))
            #expect(page.contains("value=\"Head of front door\""))
            #expect(page.contains("<option value=\"red\" selected>"))
            #expect(page.contains("<title>Error: "))
            // And nothing was saved.
            let action = try await client.execute(uri: "/programme/plan/actions/1.1", method: .get, headers: f.headers(.manager, sessions: sessions))
            #expect(!String(buffer: action.body).contains("Audit every re-referral"))
        }
    }

    @Test func theAPIAnswersAMissingFieldWith422NamingIt() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(.secretary)
            headers[.contentType] = "application/json"
            headers[.csrfToken] = ServerFixture.csrf
            let r = try await client.execute(uri: "/api/v1/programme/meetings/\(ServerFixture.meeting)/resolutions", method: .post,
                                             headers: headers, body: ByteBuffer(string: #"{"text": "  "}"#))
            #expect(r.status == .unprocessableContent)
            let problem = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let fields = try #require(problem["fields"] as? [[String: String]])
            #expect(fields == [["field": "text", "message": "Enter the resolution."]])
            #expect(problem["error"] as? String == "Enter the resolution.")
        }
    }

    @Test func aSavedFormSaysSoOnTheNextPageOnce() async throws {
        let f = try await ServerFixture.shared()
        let sessions = try await f.freshSessions()
        try await f.withClient { client in
            var headers = f.headers(.manager, sessions: sessions)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let saved = try await client.execute(uri: "/programme/plan/actions/1.1/notes", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&text=Chased+the+audit"))
            #expect(saved.status == .seeOther)
            let cookie = try #require(saved.headers[values: .setCookie].first { $0.hasPrefix("hearth_flash=") || $0.hasPrefix("__Host-hearth_flash=") })
            let flash = String(cookie.prefix { $0 != ";" })
            var withFlash = f.headers(.manager, sessions: sessions)
            withFlash[.cookie] = (withFlash[.cookie] ?? "") + "; " + flash
            let next = try await client.execute(uri: "/programme/plan/actions/1.1", method: .get, headers: withFlash)
            #expect(String(buffer: next.body).contains("<div class=\"notification-success\" role=\"status\"><h2>Progress note added.</h2></div>"))
            // Shown once: the page clears it.
            #expect(next.headers[values: .setCookie].contains { $0.contains("hearth_flash=;") && $0.contains("Max-Age=0") })
        }
    }
}

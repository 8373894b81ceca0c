import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

@Suite struct PagesTests {
    @Test func overviewShowsATilePerIndicatorWithItsFigure() async throws {
        let f = try await ServerFixture.shared()
        let summaries = try await f.app.indicators.allSummaries()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/", method: .get, headers: f.headers(.analyst))
            let html = String(buffer: r.body)
            #expect(r.status == .ok)
            for s in summaries {
                #expect(html.contains("id=\"tile-\(s.definition.id)\""), "no tile for \(s.definition.id)")
            }
            let rereferrals = try #require(summaries.first { $0.definition.id == "rereferrals_12m" }?.latest?.value)
            #expect(html.contains(String(format: "%.1f%%", rereferrals)))
        }
    }

    @Test func boardMembersSeeSmallCountsSuppressed() async throws {
        // The small-numbers authority, whose percentages are all 1 to 5 children in the latest
        // year but for one, so there is always a small count to hide (the generated authority of
        // the shared fixture may have none in a given year).
        let f = try await SmallNumbersFixture.make(.a)
        try await ServerFixture.closing(f.store) {
            let small = try #require(try await f.app.indicators.allSummaries().first { s in
                guard let l = s.latest, s.definition.unit == .percent else { return false }
                return (1...5).contains(Int(l.numerator)) || (1...5).contains(Int(l.denominator))
            }, "the small-numbers fixture no longer has a percentage of 1 to 5 children")
            let application = Application(responder: f.responder)
            try await application.test(.router) { client in
                let board = String(buffer: try await client.execute(uri: "/api/v1/indicators/\(small.definition.id)", method: .get, headers: f.headers(.board)).body)
                #expect(board.contains("\"suppressed\":true"))
                let analyst = String(buffer: try await client.execute(uri: "/api/v1/indicators/\(small.definition.id)", method: .get, headers: f.headers(.analyst)).body)
                #expect(analyst.contains("\"suppressed\":false"))
            }
        }
    }

    @Test func figuresDownloadIsCSVWithSuppression() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/indicators/rereferrals_12m/figures.csv", method: .get, headers: f.headers(.analyst))
            #expect(r.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = String(buffer: r.body).split(separator: "\n")
            #expect(lines.first == "indicator,period,value,numerator,denominator,published_value,england")
            #expect(lines.contains { $0.hasPrefix("rereferrals_12m,2024-25,") })
        }
    }

    @Test func adminCreatesAUserWhoCanThenSignIn() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(.admin)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let r = try await client.execute(uri: "/admin/users", method: .post, headers: headers,
                                             body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=new.analyst&role=analyst&password=a+long+enough+secret"))
            #expect(r.status == .seeOther)
            let short = try await client.execute(uri: "/admin/users", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=other&role=analyst&password=short"))
            #expect(short.status == .unprocessableContent)
        }
        let user = try #require(try await f.store.user(named: "new.analyst"))
        #expect(user.role == .analyst)
        #expect(try await PasswordHasher(cost: 4).verify("a long enough secret", hash: user.passwordHash))
    }

    @Test func adminChangesARoleAndRemovesAUserButNotThemselves() async throws {
        let f = try await ServerFixture.shared()
        let leaver = try await f.store.createUser(NewUser(name: "leaver", role: .analyst, passwordHash: "x"))
        try await f.store.createSession(token: Token.random(), userID: leaver.id, expiresAt: Date().addingTimeInterval(60), csrfToken: Token.random())
        try await f.withClient { client in
            var headers = f.headers(.admin)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let change = try await client.execute(uri: "/admin/users/change", method: .post, headers: headers,
                                                  body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=leaver&role=viewer&action=role"))
            #expect(change.status == .seeOther)
            #expect(try await f.store.user(named: "leaver")?.role == .viewer)
            let remove = try await client.execute(uri: "/admin/users/change", method: .post, headers: headers,
                                                  body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=leaver&action=remove"))
            // Removing asks first (it cannot be undone); the user stays until the button is pressed.
            #expect(remove.status == .ok && String(buffer: remove.body).contains("Remove leaver?"))
            #expect(try await f.store.user(named: "leaver") != nil)
            let confirmed = try await client.execute(uri: "/admin/users/change", method: .post, headers: headers,
                                                     body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=leaver&action=remove&confirm=yes"))
            #expect(confirmed.status == .seeOther)
            #expect(try await f.store.user(named: "leaver") == nil)
            let own = try await client.execute(uri: "/admin/users/change", method: .post, headers: headers,
                                               body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&name=admin&action=remove&confirm=yes"))
            #expect(own.status == .unprocessableContent)
        }
        #expect(try await f.store.user(named: "admin") != nil)
        let audit = try await f.store.auditRecords(user: "admin", limit: 20).map(\.action)
        #expect(audit.contains("change role") && audit.contains("remove user"))
    }

    @Test func unknownIndicatorIsNotFound() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            #expect(try await client.execute(uri: "/indicators/nope", method: .get, headers: f.headers(.admin)).status == .notFound)
            let api = try await client.execute(uri: "/api/v1/indicators/nope", method: .get, headers: f.headers(.admin))
            #expect(api.status == .notFound)
            #expect(String(buffer: api.body).contains("\"error\""))
        }
    }
}

@Suite struct SubmissionPageTests {
    @Test func aSubmissionPageShowsWhatItHoldsAndItsProblems() async throws {
        let f = try await ServerFixture.shared()
        let problems = try await f.store.problems(submission: f.submissionID)
        try await f.withClient { client in
            let r = try await client.execute(uri: "/data/submissions/\(f.submissionID)", method: .get, headers: f.headers(.analyst))
            let html = String(buffer: r.body)
            #expect(r.status == .ok)
            #expect(html.contains("cin_children") && html.contains("Problems found (\(problems.count))"))
            for p in problems.prefix(3) { #expect(html.contains(p.file)) }
        }
    }
}

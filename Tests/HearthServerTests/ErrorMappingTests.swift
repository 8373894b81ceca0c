import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Services say what went wrong in the domain's words (`ApplicationError`, `StoreError`); the
/// error middleware alone chooses the status, the page or the JSON problem.
@Suite struct ErrorMappingTests {
    @Test func whatIsNotThereIsA404PageOrProblemInTheDomainsWords() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let page = try await client.execute(uri: Site.meeting("no-such-meeting"), method: .get, headers: f.headers(.board))
            #expect(page.status == .notFound)
            #expect(String(buffer: page.body).contains("There is no such meeting."))
            let api = try await client.execute(uri: Site.API.meeting("no-such-meeting"), method: .get, headers: f.headers(.manager))
            #expect(api.status == .notFound)
            #expect(String(buffer: api.body).contains("\"error\" : \"There is no such meeting.\"") || String(buffer: api.body).contains("\"error\":\"There is no such meeting.\""))
            let indicator = try await client.execute(uri: Site.indicator("no_such_indicator"), method: .get, headers: f.headers(.viewer))
            #expect(indicator.status == .notFound)
            let action = try await client.execute(uri: Site.action("9.9"), method: .get, headers: f.headers(.viewer))
            #expect(action.status == .notFound)
            #expect(String(buffer: action.body).contains("The plan in force has no action 9.9."))
        }
    }

    /// A second meeting of a board on a day it already meets clashes with what is stored: 409
    /// (it was a 400 written by hand in the service), and nothing changes.
    @Test func aMeetingAlreadyThereIsAConflict() async throws {
        let f = try await ServerFixture.shared()
        let before = try await f.store.programme(authority: "876").meetings
        try await f.withClient { client in
            let body = "_csrf=\(ServerFixture.csrf)&date=2026-01-15"
            let r = try await client.execute(uri: Site.boardMeetings(ServerFixture.board), method: .post,
                                             headers: f.headers(.secretary, extra: [.contentType: "application/x-www-form-urlencoded"]),
                                             body: ByteBuffer(string: body))
            #expect(r.status == .conflict)
            #expect(String(buffer: r.body).contains("already has a meeting on"))
        }
        #expect(try await f.store.programme(authority: "876").meetings == before)
    }

    @Test func eachKindHasItsStatus() {
        #expect(ErrorPageMiddleware.status(.notFound) == .notFound)
        #expect(ErrorPageMiddleware.status(.conflict) == .conflict)
        #expect(ErrorPageMiddleware.status(.invalid) == .unprocessableContent)
        #expect(ErrorPageMiddleware.status(.busy) == .serviceUnavailable)
        #expect(StoreError.notFound("x").applicationError?.kind == .notFound)
        #expect(StoreError.duplicate("x").applicationError?.kind == .conflict)
        #expect(StoreError.corrupt("x").applicationError == nil, "a broken database stays a 500, its details in the log only")
    }
}

import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 17: four API writers adding resolutions to one meeting had 160 acknowledged and 44
/// stored; three managers adding progress notes to one action, 75 and 26. Through the web app
/// now, eight writers × fifty each: every acknowledged write is stored. (The store's own
/// concurrency tests run the same on PostgreSQL.)
@Suite struct ConcurrentWritesTests {
    static let (writers, writesEach) = (8, 50)

    @Test func eightAPIWritersAddingResolutionsToOneMeetingLoseNothing() async throws {
        let f = try await ServerFixture.make(years: [])
        try await ServerFixture.closing(f.store) {
            var headers = f.headers(.secretary)
            headers[.csrfToken] = ServerFixture.csrf
            headers[.contentType] = "application/json"
            let sent = headers
            let acknowledged = try await f.withClientResult { client in
                try await withThrowingTaskGroup(of: [String].self) { group in
                    for w in 0..<Self.writers {
                        group.addTask {
                            var mine: [String] = []
                            for n in 0..<Self.writesEach {
                                let text = "Writer \(w) resolution \(n)"
                                let r = try await client.execute(uri: "/api/v1/programme/meetings/\(ServerFixture.meeting)/resolutions", method: .post,
                                                                 headers: sent, body: ByteBuffer(string: #"{"text": "\#(text)"}"#))
                                if r.status == .created { mine.append(text) }
                            }
                            return mine
                        }
                    }
                    return try await group.reduce(into: [String]()) { $0 += $1 }
                }
            }
            let meeting = try #require(try await f.store.programme(authority: "876").meetings.first { $0.id == ServerFixture.meeting })
            #expect(acknowledged.count == Self.writers * Self.writesEach)
            #expect(Set(meeting.resolutions) == Set(acknowledged))
            #expect(meeting.resolutions.count == acknowledged.count)
        }
    }

    @Test func eightManagersAddingProgressNotesToOneActionLoseNothing() async throws {
        let f = try await ServerFixture.make(years: [])
        try await ServerFixture.closing(f.store) {
            var headers = f.headers(.manager)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let sent = headers
            let acknowledged = try await f.withClientResult { client in
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for w in 0..<Self.writers {
                        group.addTask {
                            var stored = 0
                            for n in 0..<Self.writesEach {
                                let body = "_csrf=\(ServerFixture.csrf)&text=Writer+\(w)+note+\(n)"
                                let r = try await client.execute(uri: Site.action("1.1") + "/notes", method: .post, headers: sent,
                                                                 body: ByteBuffer(string: body))
                                if r.status == .seeOther { stored += 1 }
                            }
                            return stored
                        }
                    }
                    return try await group.reduce(0, +)
                }
            }
            let action = try #require(try await f.store.programme(authority: "876").currentPlan?.actions.first { $0.id == "1.1" })
            #expect(acknowledged == Self.writers * Self.writesEach)
            #expect(action.progress.count == acknowledged)
            #expect(Set(action.progress.map(\.text)).count == acknowledged)
        }
    }
}

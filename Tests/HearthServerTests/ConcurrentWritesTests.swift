import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 17: four API writers adding resolutions to one meeting had 160 acknowledged and 44
/// stored; three managers adding progress notes to one action, 75 and 26. Through the web app
/// now, eight writers at once, 25 writes each (200 in all) and 50 in CI (`.ci/run` sets
/// HEARTH_TEST_CONCURRENT_WRITES_EACH; each write rewrites the whole list, so the time grows with the
/// square of the count): every acknowledged write is stored. (The store's own concurrency tests
/// run the same on PostgreSQL.)
@Suite struct ConcurrentWritesTests {
    static let (writers, writesEach) = (8, ProcessInfo.processInfo.environment["HEARTH_TEST_CONCURRENT_WRITES_EACH"].flatMap(Int.init) ?? 25)

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

    /// Two people editing the same minutes from pages opened together: the second save would write
    /// over the first unseen, so it is refused with 409 and the first stands.
    @Test func aSaveFromAPageThatIsOutOfDateIsRefusedNotWrittenOver() async throws {
        let f = try await ServerFixture.make(years: [])
        try await ServerFixture.closing(f.store) {
            var headers = f.headers(.secretary)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let form = headers
            var manager = f.headers(.manager)
            manager[.contentType] = "application/x-www-form-urlencoded"
            let managerForm = manager
            try await f.withClient { client in
                func stamp(_ uri: String, _ h: HTTPFields) async throws -> String {
                    let html = String(buffer: try await client.execute(uri: uri, method: .get, headers: h).body)
                    let marker = #"name="seen" value=""#
                    guard let r = html.range(of: marker) else { return "" }
                    return String(html[r.upperBound...].prefix { $0 != "\"" })
                }
                let meeting = Site.meeting(ServerFixture.meeting)
                let seen = try await stamp(meeting, f.headers(.secretary))
                #expect(!seen.isEmpty)
                let first = try await client.execute(uri: meeting + "/minutes", method: .post, headers: form,
                                                     body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&seen=\(seen)&minutes=First+draft"))
                #expect(first.status == .seeOther)
                let second = try await client.execute(uri: meeting + "/minutes", method: .post, headers: form,
                                                      body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&seen=\(seen)&minutes=Second+draft"))
                #expect(second.status == .conflict)

                let action = Site.action("1.1")
                let actionSeen = try await stamp(action, f.headers(.manager))
                #expect(!actionSeen.isEmpty)
                let edit = "_csrf=\(ServerFixture.csrf)&seen=\(actionSeen)&owner=DCS&due=2027-03-31&status=in+progress&title="
                #expect(try await client.execute(uri: action, method: .post, headers: managerForm, body: ByteBuffer(string: edit + "Mine")).status == .seeOther)
                #expect(try await client.execute(uri: action, method: .post, headers: managerForm, body: ByteBuffer(string: edit + "Theirs")).status == .conflict)
            }
            let p = try await f.store.programme(authority: "876")
            #expect(p.meetings.first { $0.id == ServerFixture.meeting }?.minutes == "First draft")
            #expect(p.currentPlan?.actions.first { $0.id == "1.1" }?.title == "Mine")
        }
    }
}

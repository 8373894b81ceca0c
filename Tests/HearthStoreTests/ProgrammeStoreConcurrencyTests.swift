import HearthCore
@testable import HearthStore
import Testing

/// Several people saving at once, as the web app lets them (on PostgreSQL, on several pooled
/// connections): nothing is lost, nothing is mixed, and no save fails for another's.
@Suite("Programme store concurrency")
struct ProgrammeStoreConcurrencyTests {
    typealias F = ProgrammeFixture
    static let writers = 12

    @Test("actions added to one version at once all land, each in a place of its own", arguments: Backend.available)
    func appendActions(backend: Backend) async throws {
        let added = (0..<Self.writers).map {
            PlanAction(id: "N\($0)", priorityID: "P2", title: "Added \($0)", owner: "Owner \($0)", due: F.day("2025-12-31"))
        }
        try await backend.withStore { store in
            try await store.savePlan(F.plan, authority: "876")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for action in added { group.addTask { try await store.saveAction(action, version: 1, authority: "876") } }
                try await group.waitForAll()
            }
            let actions = try await store.programme(authority: "876").plans.first?.actions ?? []
            #expect(Array(actions.prefix(F.plan.actions.count)) == F.plan.actions)
            #expect(Set(actions.dropFirst(F.plan.actions.count)) == Set(added))
            #expect(actions.count == F.plan.actions.count + added.count)
        }
    }

    @Test("one meeting saved by several at once ends as exactly one of them", arguments: Backend.available)
    func saveMeetingTogether(backend: Backend) async throws {
        let versions = (0..<Self.writers).map { n in
            var m = F.boardMeeting
            m.resolutions = (0...n).map { "Resolution \($0) of save \(n)" }
            m.attendees = ["Attendee of save \(n)"]
            m.minutes = "Save \(n)"
            return m
        }
        try await backend.withStore { store in
            try await store.saveBoard(F.improvementBoard, authority: "876")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for meeting in versions { group.addTask { try await store.saveMeeting(meeting, authority: "876") } }
                try await group.waitForAll()
            }
            let meetings = try await store.programme(authority: "876").meetings
            #expect(meetings.count == 1)
            #expect(meetings.first.map(versions.contains) == true, "\(meetings)")
        }
    }
}

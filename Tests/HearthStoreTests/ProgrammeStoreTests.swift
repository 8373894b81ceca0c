import HearthCore
@testable import HearthStore
import Testing

/// The improvement programme on every database: what is saved comes back exactly, saving again
/// replaces, plan versions never touch each other, and authorities never see each other's rows.
@Suite("Programme store")
struct ProgrammeStoreTests {
    typealias F = ProgrammeFixture

    @Test("a whole programme comes back exactly as it was saved", arguments: Backend.available)
    func roundTrip(backend: Backend) async throws {
        try await backend.withStore { store in
            #expect(try await store.programme(authority: "876") == Programme(authority: "876"))
            try await store.save(F.programme())
            #expect(try await store.programme(authority: "876") == F.programme())
        }
    }

    @Test("saving an inspection, intervention or board again replaces it and its lists", arguments: Backend.available)
    func replaceInspection(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            // Given fewer findings in another order, an ended adviser and a board with one member fewer
            var inspection = F.standard
            inspection.findings = [F.standard.findings[2], F.standard.findings[0]]
            inspection.overallEffectiveness = .requiresImprovement
            inspection.reportURL = nil
            var adviser = F.adviser
            adviser.ended = F.day("2025-01-31")
            adviser.outcome = "Replaced by a notice"
            var board = F.improvementBoard
            board.members.removeFirst()
            board.chair = "Lead member"
            // When each is saved again
            try await store.saveInspection(inspection, authority: "876")
            try await store.saveIntervention(adviser, authority: "876")
            try await store.saveBoard(board, authority: "876")
            // Then they are as saved, and the rest is as it was (the board's meetings too)
            var expected = F.programme()
            expected.inspections = [F.focusedVisit, inspection]
            expected.interventions = [adviser, F.notice]
            expected.boards = [board, F.scrutiny]
            #expect(try await store.programme(authority: "876") == expected)
        }
    }

    @Test("saving a source of findings again replaces it and its findings, in the order given", arguments: Backend.available)
    func replaceSource(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            // Given the review with its outcome cleared, no intervention, and two priorities in reverse order
            var review = F.twelveMonthReview
            review.outcome = nil
            review.interventionID = nil
            review.findings = [review.findings[3], review.findings[0]]
            try await store.saveSource(review, authority: "876")
            var expected = F.programme()
            expected.sources = [F.peerReview, review]
            #expect(try await store.programme(authority: "876") == expected)
            #expect(try await store.programme(authority: "876").findings.map(\.id).suffix(3) == ["PR1", "DR4", "DR1"])
        }
    }

    @Test("saving a meeting again replaces its agenda, attendance, resolutions and actions arising", arguments: Backend.available)
    func replaceMeeting(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            var meeting = F.boardMeeting
            meeting.resolutions.remove(at: 1)
            meeting.agenda.removeLast()
            meeting.attendees = ["Independent chair", "Chief executive"]
            meeting.apologies = ["DCS"]
            meeting.minutes = "Amended at the next meeting."
            meeting.actionsArising = [F.boardMeeting.actionsArising[1], F.boardMeeting.actionsArising[0]]
            meeting.actionsArising[0].done = F.day("2024-11-01")
            try await store.saveMeeting(meeting, authority: "876")
            let meetings = try await store.programme(authority: "876").meetings
            #expect(meetings == [meeting, F.scrutinyMeeting])
            #expect(meetings.first?.resolutions == ["Accept the performance report", "Meet again in eight weeks"])
        }
    }

    @Test("each plan version is its own copy: writing to one leaves the others as they were", arguments: Backend.available)
    func planVersions(backend: Backend) async throws {
        try await backend.withStore { store in
            // Given version 1, and version 2 saved as a copy of it
            var v2 = F.plan
            v2.version = 2
            try await store.savePlan(F.plan, authority: "876")
            try await store.savePlan(v2, authority: "876")
            #expect(try await store.programme(authority: "876").plans == [F.plan, v2])

            // When version 2's first action, a priority and a new action are saved
            var action = F.exploitation
            action.status = .inProgress
            action.completed = nil
            action.override = nil
            action.progress.append(ProgressNote(date: F.day("2025-01-10"), author: "DCS", text: "Reopened: staffing gap."))
            action.evidence.removeFirst()
            action.trajectories[1].target = 0.9
            action.findingIDs = ["APA1"]
            var priority = F.workforce
            priority.lead = "Head of HR"
            let added = PlanAction(id: "A9", priorityID: "P2", title: "Agency exit plan", owner: "HR", due: F.day("2025-09-30"))
            try await store.saveAction(action, version: 2, authority: "876")
            try await store.savePriority(priority, version: 2, authority: "876")
            try await store.saveAction(added, version: 2, authority: "876")

            // Then version 2 has them, in place, and version 1 is unchanged
            v2.actions = [action, F.recruitment, F.audit, added]
            v2.priorities = [F.leadership, priority]
            #expect(try await store.programme(authority: "876").plans == [F.plan, v2])

            // And saving version 2 whole again replaces every priority and action it had
            let smaller = ImprovementPlan(version: 2, title: "Slimmer", priorities: [F.workforce], actions: [F.recruitment])
            try await store.savePlan(smaller, authority: "876")
            #expect(try await store.programme(authority: "876").plans == [F.plan, smaller])
        }
    }

    @Test("a version, priority or board that is not there is reported, and nothing is written", arguments: Backend.available)
    func notFound(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            let orphan = PlanAction(id: "A7", priorityID: "P9", title: "Without a priority", owner: "DCS", due: F.day("2025-01-01"))
            var misplaced = F.scrutinyMeeting
            misplaced.boardID = "XX"
            var broken = F.plan
            broken.actions.append(orphan)

            await #expect(throws: StoreError.notFound("plan version 9")) {
                try await store.savePriority(F.workforce, version: 9, authority: "876")
            }
            await #expect(throws: StoreError.notFound("plan version 9")) {
                try await store.saveAction(F.recruitment, version: 9, authority: "876")
            }
            await #expect(throws: StoreError.notFound("priority P9 of plan version 1")) {
                try await store.saveAction(orphan, version: 1, authority: "876")
            }
            await #expect(throws: StoreError.notFound("priority P9 of plan version 1")) {
                try await store.savePlan(broken, authority: "876")
            }
            await #expect(throws: StoreError.notFound("board XX")) {
                try await store.saveMeeting(misplaced, authority: "876")
            }
            #expect(try await store.programme(authority: "876") == F.programme())
        }
    }

    @Test("an id given twice in one list is refused before anything is written", arguments: Backend.available)
    func duplicates(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            var inspection = F.standard
            inspection.findings.append(inspection.findings[0])
            var plan = F.plan
            plan.actions.append(F.audit)
            var meeting = F.boardMeeting
            meeting.actionsArising.append(meeting.actionsArising[2])

            await #expect(throws: StoreError.duplicate("finding of inspection ILACS-2024: APA1")) {
                try await store.saveInspection(inspection, authority: "876")
            }
            await #expect(throws: StoreError.duplicate("action of plan version 1: A0")) {
                try await store.savePlan(plan, authority: "876")
            }
            await #expect(throws: StoreError.duplicate("action arising of meeting IB-2024-09: AA3")) {
                try await store.saveMeeting(meeting, authority: "876")
            }
            var review = F.twelveMonthReview
            review.findings.append(review.findings[1])
            await #expect(throws: StoreError.duplicate("finding of source dfe-review-2025-05-12: DR2")) {
                try await store.saveSource(review, authority: "876")
            }
            #expect(try await store.programme(authority: "876") == F.programme())
        }
    }

    @Test("lists come back by date then id, or in the order saved, whatever order they were saved in",
          arguments: Backend.available)
    func ordering(backend: Backend) async throws {
        let march = F.day("2024-03-04")
        let inspections = [Inspection(id: "B", kind: .monitoringVisit, startDate: march),
                           Inspection(id: "C", kind: .jtai, startDate: F.day("2023-01-09")),
                           Inspection(id: "A", kind: .short, startDate: march)]
        let interventions = [Intervention(id: "T", kind: .trust, issued: march),
                             Intervention(id: "D", kind: .statutoryDirection, issued: march)]
        let boards = [Board(id: "b2", kind: .other, name: "Two", chair: "x"),
                      Board(id: "a9", kind: .corporateParenting, name: "Nine", chair: "y")]
        let meetings = [Meeting(id: "m2", boardID: "b2", date: march), Meeting(id: "m1", boardID: "a9", date: march.adding(days: 1)),
                        Meeting(id: "m0", boardID: "a9", date: march)]
        try await backend.withStore { store in
            // Given everything saved in no particular order
            for i in inspections { try await store.saveInspection(i, authority: "876") }
            for i in interventions { try await store.saveIntervention(i, authority: "876") }
            for b in boards { try await store.saveBoard(b, authority: "876") }
            for m in meetings { try await store.saveMeeting(m, authority: "876") }
            // And a plan whose priorities and actions are added one at a time, one saved twice
            try await store.savePlan(ImprovementPlan(version: 3, title: "v3", priorities: [], actions: []), authority: "876")
            for p in [F.workforce, F.leadership] { try await store.savePriority(p, version: 3, authority: "876") }
            for a in [F.recruitment, F.exploitation, F.audit] { try await store.saveAction(a, version: 3, authority: "876") }
            var recruitment = F.recruitment
            recruitment.owner = "Someone else"
            try await store.saveAction(recruitment, version: 3, authority: "876")

            // Then
            let programme = try await store.programme(authority: "876")
            #expect(programme.inspections.map(\.id) == ["C", "A", "B"])
            #expect(programme.interventions.map(\.id) == ["D", "T"])
            #expect(programme.boards.map(\.id) == ["a9", "b2"])
            #expect(programme.meetings.map(\.id) == ["m0", "m2", "m1"])
            #expect(programme.plans.first?.priorities.map(\.id) == ["P2", "P1"])
            #expect(programme.plans.first?.actions == [recruitment, F.exploitation, F.audit])
        }
    }

    @Test("one authority never sees or changes another's programme", arguments: Backend.available)
    func authorities(backend: Backend) async throws {
        try await backend.withStore { store in
            // Given two authorities using the same ids
            var other = F.programme(authority: "877")
            other.inspections[1].findings.removeAll()
            other.plans[0].actions[0].progress.removeAll()
            other.meetings[0].resolutions = ["Another council's resolution"]
            try await store.save(F.programme())
            try await store.save(other)
            #expect(try await store.programme(authority: "876") == F.programme())
            #expect(try await store.programme(authority: "877") == other)
            #expect(try await store.programme(authority: "999") == Programme(authority: "999"))

            // When the second saves again, then only its own rows change
            var board = F.improvementBoard
            board.members = []
            try await store.saveBoard(board, authority: "877")
            try await store.savePlan(F.plan, authority: "877")
            #expect(try await store.programme(authority: "876") == F.programme())

            // And the first's versions and boards are not found from a third
            await #expect(throws: StoreError.notFound("plan version 1")) {
                try await store.savePriority(F.workforce, version: 1, authority: "999")
            }
            await #expect(throws: StoreError.notFound("board SC")) {
                try await store.saveMeeting(F.scrutinyMeeting, authority: "999")
            }
        }
    }

    @Test("a second store on the same database sees what the first saved", arguments: Backend.shared)
    func secondStore(backend: Backend) async throws {
        try await backend.withStores(2) { stores in
            try await stores[0].save(F.programme())
            #expect(try await stores[1].programme(authority: "876") == F.programme())

            var meeting = F.scrutinyMeeting
            meeting.resolutions = ["Written by the second store"]
            try await stores[1].saveMeeting(meeting, authority: "876")
            #expect(try await stores[0].programme(authority: "876").meetings.last == meeting)
        }
    }

    @Test("several plan versions change together in one transaction, or none does", arguments: Backend.available)
    func updateSeveralVersions(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.save(F.programme())
            try await store.savePlan(F.refreshedPlan, authority: "876")
            let note = ProgressNote(date: F.day("2024-12-02"), author: "hos", text: "Two managers appointed")
            // When a note is added to A2 in both versions at once, given in either order
            let changed = try await store.updatePlans(versions: [2, 1], authority: "876") { plans in
                for p in plans.indices { plans[p].actions[1].progress.append(note) }
                return plans.map(\.version)
            }
            // Then the change saw them in ascending order, and both hold it
            #expect(changed == [1, 2])
            var plans = try await store.programme(authority: "876").plans
            #expect(plans.map { $0.actions[1].progress.last } == [note, note])
            // When a change fails after changing the first, nothing of it lands
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await store.updatePlans(versions: [1, 2], authority: "876") { plans in
                    plans[0].actions[1].title = "Changed"
                    throw Refused()
                }
            }
            await #expect(throws: StoreError.notFound("plan version 9")) {
                try await store.updatePlans(versions: [1, 9], authority: "876") { _ in }
            }
            plans = try await store.programme(authority: "876").plans
            #expect(plans.map { $0.actions[1].title } == [F.recruitment.title, F.recruitment.title])
        }
    }
}

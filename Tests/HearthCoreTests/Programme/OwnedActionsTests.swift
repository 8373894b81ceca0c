import Testing
@testable import HearthCore

/// What a user owns and what their digest says, on a small programme written out by hand.
@Suite struct OwnedActionsTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    /// Today is Monday 7 December 2026. The digest looks 14 days ahead (the amber window of the
    /// action RAG rule), so to Monday 21 December inclusive.
    static let today = day("2026-12-07")

    static let programme: Programme = {
        let plan = ImprovementPlan(version: 2, title: "Refreshed plan", approved: nil,
                                   priorities: [Priority(id: "P1", title: "Workforce"), Priority(id: "P2", title: "Practice")],
                                   actions: [
            // hos's: overdue by a day; due on the last day of the window; due a day after it; complete though "overdue"
            PlanAction(id: "1.1", priorityID: "P1", title: "Recruit team managers", owner: "Head of Service", ownerUser: "hos", due: day("2026-12-06")),
            PlanAction(id: "1.2", priorityID: "P1", title: "Caseload review", owner: "Head of Service", ownerUser: "hos", due: day("2026-12-21")),
            PlanAction(id: "2.1", priorityID: "P2", title: "Practice model training", owner: "PSW", ownerUser: "hos", due: day("2026-12-22")),
            PlanAction(id: "2.2", priorityID: "P2", title: "Audit tool", owner: "PSW", ownerUser: "hos", due: day("2026-11-01"),
                       status: .complete, completed: day("2026-10-30")),
            // Someone else's, and one no user owns
            PlanAction(id: "2.3", priorityID: "P2", title: "Supervision policy", owner: "PSW", ownerUser: "psw", due: day("2026-12-01")),
            PlanAction(id: "2.4", priorityID: "P2", title: "Threshold document", owner: "Partnership", due: day("2026-12-01")),
        ])
        // An earlier version: its actions are not the owner's to report on any more
        let old = ImprovementPlan(version: 1, title: "First plan", approved: day("2025-01-10"), priorities: plan.priorities,
                                  actions: [PlanAction(id: "9.9", priorityID: "P1", title: "Dropped", owner: "x", ownerUser: "hos", due: day("2026-12-01"))])
        let meeting = Meeting(id: "IB-2026-11", boardID: "IB", date: day("2026-11-20"), actionsArising: [
            ActionArising(id: "IB-2026-11-a1", text: "Bring the agency spend", owner: "Head of Service", ownerUser: "hos", due: day("2026-12-07")),
            ActionArising(id: "IB-2026-11-a2", text: "Circulate the audit", owner: "Head of Service", ownerUser: "hos", due: day("2026-11-30"),
                          done: day("2026-11-28")),
            ActionArising(id: "IB-2026-11-a3", text: "Undated", owner: "Head of Service", ownerUser: "hos"),
        ])
        return Programme(authority: "876", plans: [old, plan],
                         boards: [Board(id: "IB", kind: .improvement, name: "Improvement board", chair: "Chair")], meetings: [meeting])
    }()

    @Test func ownsTheLatestPlansActionsAndTheirActionsArisingOpenFirst() {
        let owned = OwnedActions(user: "hos", programme: Self.programme)
        // Open by due date (undated last): 1.1 (6 Dec), a1 (7 Dec), 1.2 (21 Dec), 2.1 (22 Dec), a3; then the
        // closed ones by due date: 2.2 (1 Nov), a2 (30 Nov)
        #expect(owned.items.map(\.id) == ["1.1", "IB-2026-11-a1", "1.2", "2.1", "IB-2026-11-a3", "2.2", "IB-2026-11-a2"])
        #expect(owned.items.first?.context == "Priority P1: Workforce")
        let arising = owned.items.first { $0.id == "IB-2026-11-a1" }
        #expect(arising?.context == "Improvement board" && arising?.meetingID == "IB-2026-11" && arising?.meetingDate == Self.day("2026-11-20"))
        #expect(!owned.items.contains { $0.id == "9.9" || $0.id == "2.3" || $0.id == "2.4" })
    }

    @Test func theDigestNamesWhatIsOverdueAndWhatFallsDueWithinFourteenDays() {
        let (overdue, soon) = OwnedActions(user: "hos", programme: Self.programme).digest(today: Self.today)
        // 1.1 was due yesterday. The action arising due today is not overdue: it is due soon (0 days).
        // 1.2 is due in 14 days, inside the window; 2.1 in 15, outside. 2.2 is complete, a2 done, a3 undated.
        #expect(overdue.map(\.id) == ["1.1"])
        #expect(soon.map(\.id) == ["IB-2026-11-a1", "1.2"])
    }

    @Test func ownersAreTheUsersNamedOnTheLatestPlanAndEveryMeeting() {
        #expect(OwnedActions.owners(in: Self.programme) == ["hos", "psw"])
        #expect(OwnedActions(user: "nobody", programme: Self.programme).items.isEmpty)
    }
}

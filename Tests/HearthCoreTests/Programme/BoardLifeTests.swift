import Testing
@testable import HearthCore

/// Members' roles as a council's list writes them, a board's active days, and which plan version
/// is in force on a day (only from its approval).
@Suite struct BoardLifeTests {
    @Test func aMembersRoleIsReadFromTheWordsAfterTheLastComma() {
        #expect(BoardMember(line: "Cllr A. Khan, councillor") == BoardMember(name: "Cllr A. Khan", role: .councillor))
        #expect(BoardMember(line: "Jo Smith, Vice Chair") == BoardMember(name: "Jo Smith", role: .viceChair))
        #expect(BoardMember(line: "DfE improvement adviser, DfE adviser").role == .dfeAdviser)
        // A comma that names no role is part of the name.
        #expect(BoardMember(line: "Elected member, majority group") == BoardMember(name: "Elected member, majority group"))
        #expect(BoardMember(line: "  Head of Service ") == BoardMember(name: "Head of Service"))
        // The form's line reads back to the same member.
        let m = BoardMember(name: "Police, Detective Superintendent", role: .partner)
        #expect(BoardMember(line: m.line) == m && m.description == "Police, Detective Superintendent (partner)")
    }

    @Test func aBoardMeetsUntilTheDayItCeased() {
        let b = Board(id: "ib", kind: .improvement, name: "IB", chair: "Chair", ended: Day(iso: "2026-06-30"))
        #expect(b.isActive(on: Day(iso: "2026-06-29")!) && !b.isActive(on: Day(iso: "2026-06-30")!))
        #expect(Board(id: "x", kind: .other, name: "X", chair: "C").isActive(on: Day(iso: "2099-01-01")!))
    }

    @Test func aVersionIsInForceOnlyFromItsApproval() {
        func plan(_ v: Int, _ approved: String?) -> ImprovementPlan {
            ImprovementPlan(version: v, title: "v\(v)", approved: approved.flatMap(Day.init(iso:)), priorities: [], actions: [])
        }
        let p = Programme(authority: "876", plans: [plan(1, "2024-10-01"), plan(2, "2025-06-12"), plan(3, nil)])
        #expect(p.planInForce(on: Day(iso: "2025-06-11")!)?.version == 1)
        #expect(p.planInForce(on: Day(iso: "2025-06-12")!)?.version == 2)
        // The unapproved refresh is the latest version, but never in force.
        #expect(p.planInForce(on: Day(iso: "2026-12-07")!)?.version == 2 && p.currentPlan?.version == 3)
        // With nothing approved yet, the draft is the plan the service works to.
        #expect(Programme(authority: "876", plans: [plan(1, nil)]).planInForce(on: Day(iso: "2026-12-07")!)?.version == 1)
    }
}

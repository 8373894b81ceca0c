import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025. Teams: Leaving care (care leavers, target 20), CP (cin_cp, target 15).
///
/// | id  | team         | role             | contract  | FTE | cases |
/// |-----|--------------|------------------|-----------|-----|-------|
/// | PA1 | Leaving care | PA               | permanent | 1   | 22    |
/// | PA2 | Leaving care | Personal Adviser | agency    | 0.5 | 12    |
/// | S1  | Leaving care | 5                | permanent | 1   | 14    |
/// | S2  | CP           | 5                | permanent | 1   | 16    |
/// | S3  | CP           | 4                | permanent | 0.5 | 8     |
/// | S4  | CP           | 3                | permanent | 1   | —     |
///
/// Leaving care: per social worker 14 ÷ 1 = 14 (under 20); per personal adviser (22 + 12) ÷ 1.5
/// = 22.7, over 20. CP: per social worker (16 + 8) ÷ 1.5 = 16, over 15; no personal advisers.
@Suite struct TeamCaseloadsTests {
    typealias F = WorkforceProfileFixture
    let caseloads = TeamCaseloads(F.snapshot([
        F.member("PA1", .permanent, role: "PA", team: "Leaving care", start: "2020-01-01", cases: 22),
        F.member("PA2", .agency, fte: 0.5, role: "Personal Adviser", team: "Leaving care", start: "2020-01-01", cases: 12),
        F.member("S1", .permanent, role: "5", team: "Leaving care", start: "2020-01-01", cases: 14),
        F.member("S2", .permanent, role: "5", start: "2020-01-01", cases: 16),
        F.member("S3", .permanent, fte: 0.5, role: "4", start: "2020-01-01", cases: 8),
        F.member("S4", .permanent, role: "3", start: "2020-01-01"),
    ], teams: [Team(name: "Leaving care", kind: .careLeavers, establishmentFTE: 4, caseloadTarget: 20),
               Team(name: "CP", kind: .childInNeedAndProtection, establishmentFTE: 3, caseloadTarget: 15)]))

    @Test func personalAdvisersAndSocialWorkersAreMeasuredApart() throws {
        let care = try #require(caseloads.rows.first { $0.team == "Leaving care" })
        #expect(care.kind == .careLeavers)
        #expect(care.socialWorker.ratio == 14 && care.socialWorkerCases == 14)
        #expect(care.personalAdviserCases == 34 && care.personalAdviser.denominator == 1.5)
        #expect(TeamCaseloads.Row.over(care.socialWorker, care.caseloadTarget) == false)
        #expect(TeamCaseloads.Row.over(care.personalAdviser, care.caseloadTarget) == true)
    }

    @Test func aTeamWithoutPersonalAdvisersHasNoneToMeasure() throws {
        let cp = try #require(caseloads.rows.first { $0.team == "CP" })
        #expect(cp.socialWorker.ratio == 16 && TeamCaseloads.Row.over(cp.socialWorker, cp.caseloadTarget) == true)
        #expect(cp.personalAdviser.ratio == nil && TeamCaseloads.Row.over(cp.personalAdviser, 15) == nil)
    }
}

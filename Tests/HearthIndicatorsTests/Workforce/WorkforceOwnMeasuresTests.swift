import HearthCore
import Testing
@testable import HearthIndicators

/// The workforce's own measures added for targets (`WorkforceIndicator.profile`), each worked by
/// hand from the definition in its doc comment, as at 31/03/2025.
@Suite struct WorkforceOwnMeasuresTests {
    typealias F = WorkforceProfileFixture

    private func measure(_ id: String) throws -> WorkforceIndicator {
        try #require(WorkforceIndicator.profile.first { $0.id.rawValue == id })
    }

    /// `TraineeCohortsTests`' people, every route together. Due after 1 year (anniversary on or
    /// before 31/03/2025): T1 (10/01/2023, employed), T2 (01/09/2023, employed to 31/12/2023),
    /// T6 (01/03/2022, employed), T3 (01/09/2024, employed), T4 (01/09/2022, gone the day before);
    /// T5's is 01/06/2025 → 4 of 5 = 80%. After 2 years: T1 yes, T2 (01/09/2024) no, T6
    /// (01/03/2023, the day the new contract began) yes, T4 (01/09/2023) no; T3 not due → 2 of 4
    /// = 50%. After 3 years: T1 (10/01/2025) yes, T6 (01/03/2024) yes, T4 no; T2 not due → 2 of 3.
    /// T6's second contract has no route: T6 is one person of the cohort, from 01/03/2021.
    let trainees = WorkforceReport(F.snapshot([
        F.member("T1", .permanent, start: "2022-01-10", nqsw: true),
        F.member("T2", .permanent, start: "2022-09-01", end: "2023-12-31", nqsw: true),
        F.member("T6", .permanent, start: "2021-03-01", end: "2023-02-28", nqsw: true, route: .asye),
        F.member("T6", .permanent, start: "2023-03-01"),
        F.member("T3", .permanent, start: "2023-09-01", route: .frontline),
        F.member("T4", .permanent, start: "2021-09-01", end: "2022-08-31", route: .frontline),
        F.member("T5", .permanent, start: "2024-06-01", nqsw: true, route: .stepUp),
        F.member("P1", .permanent, start: "2018-01-01"),
    ]))

    @Test func traineeRetentionTakesEveryRouteTogether() throws {
        let ratios = try [1, 2, 3].map { try measure("sw_trainee_retention_\($0)y").ratio(trainees) }
        #expect(ratios.map { [$0.numerator, $0.denominator] } == [[4, 5], [2, 4], [2, 3]])
        #expect(try measure("sw_trainee_retention_1y").value(trainees) == 80)
    }

    @Test func aCohortOfOneToFiveIsWithheldFromBoardsButNotFromAnalysts() throws {
        let m = try measure("sw_trainee_retention_1y")
        #expect(m.countsStaff)
        #expect(m.shown(trainees, .aggregate)?.isSuppressed == true)
        #expect(m.shown(trainees, .exact)?.shown == 80)
    }

    /// `LeaverProfileTests`' people: leavers L1 (2 to 5 years), L2 (under 1), L3 (5 or more), L4
    /// (1 to 2), all with a start date → 2 of 4 served under two years = 50%. Average service of
    /// those in post with a start date: 6.0 years over 2 people (M1, K1).
    let leavers = WorkforceReport(F.snapshot([
        F.member("L1", .permanent, start: "2021-02-01", end: "2024-11-30", reason: "Resignation"),
        F.member("L2", .permanent, start: "2024-05-01", end: "2025-01-31", reason: "resignation "),
        F.member("L3", .permanent, start: "2019-04-01", end: "2024-06-30", reason: "Retirement"),
        F.member("L4", .secondee, start: "2023-03-01", end: "2024-04-15"),
        F.member("L5", .agency, start: "2023-01-01", end: "2024-09-30"),
        F.member("M1", .permanent, start: "2015-04-01", end: "2024-07-31"),
        F.member("M1", .permanent, start: "2024-08-01"),
        F.member("K1", .permanent, start: "2023-03-31"),
        F.member("K2", .permanent, start: nil),
    ]))

    @Test func leaversWithUnderTwoYearsServiceAreAShareOfLeaversWithAStart() throws {
        let r = try measure("sw_leavers_short_service").ratio(leavers)
        #expect([r.numerator, r.denominator] == [2, 4])
        #expect(try measure("sw_leavers_short_service").definition.polarity == .low)
    }

    @Test func averageServiceIsInYearsOverThePeopleCounted() throws {
        let m = try measure("sw_average_service")
        #expect(m.definition.unit == .years)
        #expect(abs((m.value(leavers) ?? 0) - 6.0) < 1e-9)
        #expect(m.ratio(leavers).denominator == 2)
        // Two people averaged: the count behind the average is what is withheld.
        #expect(m.shown(leavers, .aggregate)?.isSuppressed == true)
    }

    /// In post: 20 White (WBRI, WIRI), 4 Black (BAFR), 3 Asian (APKN, CHNE counts as Asian),
    /// 3 Mixed (MWBC), 2 refused (REFU). Known 30; Black, Asian, Mixed or Other 10 → 33.3%.
    /// A leaver of another group is not in post and not counted.
    @Test func ethnicMinorityShareIsOfThoseWhoseEthnicityIsKnown() throws {
        var staff: [StaffMember] = []
        func add(_ n: Int, _ code: String) {
            for i in 0..<n { staff.append(F.member("\(code)\(i)", .permanent, start: "2020-01-01", ethnicity: code)) }
        }
        add(15, "WBRI"); add(5, "WIRI"); add(4, "BAFR"); add(2, "APKN"); add(1, "CHNE"); add(3, "MWBC"); add(2, "REFU")
        staff.append(F.member("GONE", .permanent, start: "2020-01-01", end: "2024-12-31", ethnicity: "BCRB"))
        let report = WorkforceReport(F.snapshot(staff))
        let m = try measure("sw_ethnic_minority_share")
        #expect([m.ratio(report).numerator, m.ratio(report).denominator] == [10, 30])
        #expect(m.shown(report, .aggregate)?.shown.map { ($0 * 10).rounded() / 10 } == 33.3)
    }

    @Test func everyOwnMeasureHasItsOwnIDAndNoEnglandFigure() {
        let ids = WorkforceIndicator.profile.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(WorkforceIndicator.profile.allSatisfy { $0.definition.published == nil })
    }
}

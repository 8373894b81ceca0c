import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025 (the year from 01/04/2024).
///
/// | id | contract  | start      | end        | reason        | leaver? service at the end      |
/// |----|-----------|------------|------------|---------------|---------------------------------|
/// | L1 | permanent | 2021-02-01 | 2024-11-30 | Resignation   | yes, 3 whole years → 2 to 5      |
/// | L2 | permanent | 2024-05-01 | 2025-01-31 | "resignation "| yes, 0 → under 1 (same reason)   |
/// | L3 | permanent | 2019-04-01 | 2024-06-30 | Retirement    | yes, 5 → 5 or more               |
/// | L4 | secondee  | 2023-03-01 | 2024-04-15 | (blank)       | yes, 1 → 1 to 2; not recorded    |
/// | L5 | agency    | 2023-01-01 | 2024-09-30 |               | no: agency workers do not leave  |
/// | L6 | permanent | 2020-01-01 | 2024-03-31 |               | no: before the year              |
/// | M1 | permanent | 2015-04-01 | 2024-07-31 |               | no: M1 goes on, new contract     |
/// | M1 | permanent | 2024-08-01 |            |               | in post since 2015-04-01         |
/// | K1 | permanent | 2023-03-31 |            |               | in post                          |
/// | K2 | permanent | (none)     |            |               | in post, no start date           |
///
/// Leavers 4: Resignation 2, Not recorded 1, Retirement 1; one in each band.
/// Average service in post: M1 3,652 days (01/04/2015 to 31/03/2025), K1 731 days (2024 had
/// 29 February); (3,652 + 731) ÷ 365.25 ÷ 2 = 4,383 ÷ 730.5 = 6.0 years, of 2; K2 left out.
@Suite struct LeaverProfileTests {
    typealias F = WorkforceProfileFixture
    let profile = LeaverProfile(F.snapshot([
        F.member("L1", .permanent, start: "2021-02-01", end: "2024-11-30", reason: "Resignation"),
        F.member("L2", .permanent, start: "2024-05-01", end: "2025-01-31", reason: "resignation "),
        F.member("L3", .permanent, start: "2019-04-01", end: "2024-06-30", reason: "Retirement"),
        F.member("L4", .secondee, start: "2023-03-01", end: "2024-04-15"),
        F.member("L5", .agency, start: "2023-01-01", end: "2024-09-30"),
        F.member("L6", .permanent, start: "2020-01-01", end: "2024-03-31"),
        F.member("M1", .permanent, start: "2015-04-01", end: "2024-07-31"),
        F.member("M1", .permanent, start: "2024-08-01"),
        F.member("K1", .permanent, start: "2023-03-31"),
        F.member("K2", .permanent, start: nil),
    ]))

    @Test func leaversByReasonMostCommonFirst() {
        #expect(profile.leavers == 4)
        #expect(profile.byReason.map(\.title) == ["Resignation", "Not recorded", "Retirement"])
        #expect(profile.byReason.map(\.count) == [2, 1, 1])
    }

    @Test func leaversByLengthOfService() {
        #expect(profile.byService.map(\.key) == ["under_1", "1_to_2", "2_to_5", "5_plus"])
        #expect(profile.byService.map(\.count) == [1, 1, 1, 1])
    }

    @Test func averageServiceRunsOverAContractChange() {
        #expect(profile.inPostCounted == 2 && profile.inPostWithoutStart == 1)
        #expect(abs((profile.averageServiceYears ?? 0) - 6.0) < 1e-9)
    }

    @Test func bandsAreWholeYearsServed() {
        #expect(ServiceBand(from: F.day("2024-04-01"), to: F.day("2025-03-31")) == .underOne)
        #expect(ServiceBand(from: F.day("2024-03-31"), to: F.day("2025-03-31")) == .oneToTwo)
        #expect(ServiceBand(from: F.day("2020-03-31"), to: F.day("2025-03-31")) == .fiveOrMore)
        #expect(ServiceBand(from: nil, to: F.date) == .notKnown)
    }
}

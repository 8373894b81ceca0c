import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025, the twelve month ends 30/04/2024 … 31/03/2025.
///
/// | id | role              | contract  | FTE | start      | end        |
/// |----|-------------------|-----------|-----|------------|------------|
/// | A  | 5                 | permanent | 1   | 2020-01-01 |            |
/// | B  | 4                 | permanent | 1   | 2020-01-01 |            |
/// | C  | Social worker     | agency    | 1   | 2024-10-01 |            |
/// | D  | 3                 | permanent | 0.5 | 2020-01-01 |            |
/// | E  | Team Manager      | agency    | 0.5 | 2020-01-01 | 2024-12-31 |
/// | F  | 1                 | permanent | 1   | 2020-01-01 |            |
/// | G  | Business support  | permanent | 1   | 2020-01-01 |            |
/// | H  | PA                | agency    | 1   | 2020-01-01 |            |
///
/// Practitioners (A, B, C): 30/04/2024 0 of 2 FTE → 0%; 31/03/2025 C has joined, 1 ÷ (1 + 2) → 33.3%; +33.3 points.
/// Managers (D, E): 30/11/2024 0.5 ÷ (0.5 + 0.5) → 50%; 31/12/2024 E's last day, gone → 0 ÷ 0.5 → 0%; −50 points.
/// Senior leadership (F) 0%; G's title says no level → unknown; H a personal adviser, 100% agency.
@Suite struct AgencyRateBySeniorityTests {
    typealias F = WorkforceProfileFixture
    let measure = AgencyRateBySeniority(F.snapshot([
        F.member("A", .permanent, role: "5", start: "2020-01-01"),
        F.member("B", .permanent, role: "4", start: "2020-01-01"),
        F.member("C", .agency, role: "Social worker", start: "2024-10-01"),
        F.member("D", .permanent, fte: 0.5, role: "3", start: "2020-01-01"),
        F.member("E", .agency, fte: 0.5, role: "Team Manager", start: "2020-01-01", end: "2024-12-31"),
        F.member("F", .permanent, role: "1", start: "2020-01-01"),
        F.member("G", .permanent, role: "Business support", start: "2020-01-01"),
        F.member("H", .agency, role: "PA", start: "2020-01-01"),
    ]))

    private func series(_ role: WorkforceRole) throws -> AgencyRateBySeniority.Series {
        try #require(measure.series.first { $0.role == role })
    }

    @Test func eachGroupHasTwelveMonthEndsInRoleOrder() {
        #expect(measure.series.map(\.role) == [.seniorLeadership, .manager, .practitioner, .personalAdviser, .unknown])
        #expect(measure.series.allSatisfy { $0.points.count == 12 })
        #expect(measure.series.first?.points.first?.monthEnd == F.day("2024-04-30"))
        #expect(measure.series.first?.points.last?.monthEnd == F.date)
    }

    @Test func practitionersRiseFromNoneToAThird() throws {
        let s = try series(.practitioner)
        #expect(s.points.first?.rate.percent == 0)
        #expect(s.latest?.agencyFTE == 1 && s.latest?.inPostFTE == 2)
        #expect(abs((s.latest?.rate.percent ?? 0) - 100.0 / 3) < 1e-9)
        #expect(abs((s.change ?? 0) - 100.0 / 3) < 1e-9)
    }

    @Test func managersLoseTheirAgencyManagerOnHerLastDay() throws {
        let s = try series(.manager)
        #expect(s.points.first { $0.monthEnd == F.day("2024-11-30") }?.rate.percent == 50)
        #expect(s.points.first { $0.monthEnd == F.day("2024-12-31") }?.rate.percent == 0)
        #expect(s.change == -50)
    }

    @Test func codesAndTitlesAreReadAndTheRestAreUnknown() throws {
        #expect(try series(.seniorLeadership).latest?.rate.percent == 0)
        #expect(try series(.personalAdviser).latest?.rate.percent == 100)
        #expect(try series(.unknown).latest?.inPostFTE == 1)
        #expect(WorkforceRole(role: " 2 ") == .manager)
        #expect(WorkforceRole(role: "Head of Service") == .seniorLeadership)
        #expect(WorkforceRole(role: "Senior Practitioner") == .practitioner)
        #expect(WorkforceRole(role: "Personal Advisor") == .personalAdviser)
        #expect(WorkforceRole(role: nil) == .unknown && WorkforceRole(role: "7") == .unknown)
    }
}

import HearthCore
@testable import HearthIndicators

/// A two-team service small enough to work every measure out by hand, as at 30 September 2024
/// (year from 1 October 2023).
///
/// | id | team       | contract  | FTE | start      | end        | NQSW | cases | absence                        |
/// |----|------------|-----------|-----|------------|------------|------|-------|--------------------------------|
/// | A1 | Assessment | permanent | 1   | 2020-01-01 |            |      | 20    |                                |
/// | A2 | Assessment | permanent | 0.5 | 2022-06-01 |            |      | 8     | sickness from 2024-09-02, 0.5  |
/// | A3 | Assessment | agency    | 1   | 2024-03-01 |            |      | 22    |                                |
/// | A4 | Assessment | permanent | 1   | 2019-01-01 | 2024-06-30 |      |       |                                |
/// | C1 | CIN        | permanent | 1   | 2023-01-01 |            | y    | 15    | maternity from 2024-08-01, 1   |
/// | C2 | CIN        | secondee  | 1   | 2024-01-15 |            |      | 12    | (4 sickness days recorded)     |
/// | C3 | CIN        | agency    | 0.5 | 2024-07-01 |            |      | 9     |                                |
/// | L1 | CIN        | permanent | 1   | 2022-09-01 | 2023-09-30 | y    |       |                                |
/// | N3 | CIN        | permanent | 1   | 2021-05-01 | 2022-03-31 | y    |       |                                |
///
/// Teams: Assessment (assessment) establishment 4, target 18; CIN (cin_cp) establishment 3, target 16.
enum WorkforceFixture {
    static func day(_ iso: String) -> Day { Day(flexible: iso)! }

    static let date = day("2024-09-30")
    static let rates = WorkforceCostRates(permanentPerFTE: 50_000, agencyPerFTE: 80_000)

    static let teams = [
        Team(name: "Assessment", kind: .assessment, establishmentFTE: 4, caseloadTarget: 18),
        Team(name: "CIN", kind: .childInNeedAndProtection, establishmentFTE: 3, caseloadTarget: 16),
    ]

    static let staff = [
        StaffMember(staffID: "A1", team: "Assessment", contract: .permanent, fte: 1, startDate: day("2020-01-01"), cases: 20),
        StaffMember(staffID: "A2", team: "Assessment", contract: .permanent, fte: 0.5, startDate: day("2022-06-01"), cases: 8,
                    absences: [Absence(kind: .longTermSickness, from: day("2024-09-02"), fte: 0.5)]),
        StaffMember(staffID: "A3", team: "Assessment", contract: .agency, fte: 1, startDate: day("2024-03-01"), cases: 22),
        StaffMember(staffID: "A4", team: "Assessment", contract: .permanent, fte: 1, startDate: day("2019-01-01"),
                    endDate: day("2024-06-30"), leavingReason: "RES"),
        StaffMember(staffID: "C1", team: "CIN", contract: .permanent, fte: 1, isNQSW: true, startDate: day("2023-01-01"), cases: 15,
                    absences: [Absence(kind: .maternity, from: day("2024-08-01"), fte: 1)]),
        StaffMember(staffID: "C2", team: "CIN", contract: .secondee, fte: 1, startDate: day("2024-01-15"), cases: 12,
                    sicknessDaysLost: 4),
        StaffMember(staffID: "C3", team: "CIN", contract: .agency, fte: 0.5, startDate: day("2024-07-01"), cases: 9),
        StaffMember(staffID: "L1", team: "CIN", contract: .permanent, fte: 1, isNQSW: true, startDate: day("2022-09-01"),
                    endDate: day("2023-09-30"), leavingReason: "RES"),
        StaffMember(staffID: "N3", team: "CIN", contract: .permanent, fte: 1, isNQSW: true, startDate: day("2021-05-01"),
                    endDate: day("2022-03-31"), leavingReason: "RES"),
    ]

    static let campaigns = [
        RecruitmentCampaign(name: "Spring 2023", opened: day("2023-03-01"), closed: day("2023-04-12"), applications: 40,
                            shortlisted: 20, interviewed: 10, offered: 5, appointed: 4, stillInPostAfter12Months: 3),
    ]

    static let snapshot = WorkforceSnapshot(date: date, teams: teams, staff: staff, campaigns: campaigns, rates: rates)
}

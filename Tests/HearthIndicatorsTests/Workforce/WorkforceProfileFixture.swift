import HearthCore
@testable import HearthIndicators

/// Small hand-written staff lists for the workforce profile measures, each as at 31 March 2025
/// (the year from 1 April 2024).
enum WorkforceProfileFixture {
    static let date = day("2025-03-31")

    static func day(_ iso: String) -> Day { Day(flexible: iso) ?? Day(ordinal: 0) }

    static func member(_ id: String, _ contract: ContractType, fte: Double = 1, role: String? = nil, team: String = "CP",
                       start: String?, end: String? = nil, reason: String? = nil, cases: Int? = nil, nqsw: Bool = false,
                       born: String? = nil, ethnicity: String? = nil, route: RouteIn? = nil) -> StaffMember {
        StaffMember(staffID: id, team: team, contract: contract, fte: fte, role: role, isNQSW: nqsw, startDate: start.map(day),
                    endDate: end.map(day), leavingReason: reason, cases: cases, birthDate: born.map(day), ethnicity: ethnicity,
                    routeIn: route)
    }

    static func snapshot(_ staff: [StaffMember], teams: [Team] = []) -> WorkforceSnapshot {
        WorkforceSnapshot(date: date, teams: teams, staff: staff)
    }
}

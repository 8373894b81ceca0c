import HearthCore

// The staff records of one submission (migration 7). Codes are stored as the enums' raw values,
// the same words the staffing CSVs use.

struct StaffingTeamRow: TableRow {
    static let table = "staffing_teams"
    static let columns = ["submission_id", "seq", "name", "kind", "establishment_fte", "caseload_target"]
    let name: String; let kind: String; let establishmentFte: Double; let caseloadTarget: Double?

    static func values(_ t: Team, submission: Int, seq: Int) -> RowValues {
        [submission, seq, t.name, t.kind.rawValue, t.establishmentFTE, t.caseloadTarget]
    }

    func team() throws -> Team {
        Team(name: name, kind: try SQLValue.code(kind, of: "team \(name)"), establishmentFTE: establishmentFte,
             caseloadTarget: caseloadTarget)
    }
}

/// A member of staff's contract without their absences, which `StaffingAbsenceRow` holds; the
/// profile columns (birth date, ethnicity, route in) came with migration 13.
struct StaffingStaffRow: TableRow {
    static let table = "staffing_staff"
    static let columns = ["submission_id", "seq", "staff_id", "team", "contract", "fte", "role", "is_nqsw", "start_date",
                          "end_date", "leaving_reason", "cases", "sickness_days_lost", "birth_date", "ethnicity", "route_in"]
    let seq: Int; let staffId: String; let team: String; let contract: String; let fte: Double; let role: String?
    let isNqsw: Int; let startDate: String?; let endDate: String?; let leavingReason: String?; let cases: Int?
    let sicknessDaysLost: Double?; let birthDate: String?; let ethnicity: String?; let routeIn: String?

    static func values(_ s: StaffMember, submission: Int, seq: Int) -> RowValues {
        [submission, seq, s.staffID, s.team, s.contract.rawValue, s.fte, s.role, s.isNQSW ? 1 : 0,
         SQLValue.day(s.startDate), SQLValue.day(s.endDate), s.leavingReason, s.cases, s.sicknessDaysLost,
         SQLValue.day(s.birthDate), s.ethnicity, s.routeIn?.rawValue]
    }

    func member(absences: [Absence]) throws -> StaffMember {
        let what = "staff member \(staffId)"
        return StaffMember(staffID: staffId, team: team, contract: try SQLValue.code(contract, of: what), fte: fte, role: role,
                           isNQSW: isNqsw != 0, startDate: try SQLValue.day(startDate, of: what),
                           endDate: try SQLValue.day(endDate, of: what), leavingReason: leavingReason, cases: cases,
                           absences: absences, sicknessDaysLost: sicknessDaysLost, birthDate: try SQLValue.day(birthDate, of: what),
                           ethnicity: ethnicity, routeIn: try SQLValue.code(routeIn, of: what))
    }
}

/// One absence; `staff_seq` is its member of staff's `seq`.
struct StaffingAbsenceRow: TableRow {
    static let table = "staffing_absences"
    static let columns = ["submission_id", "seq", "staff_seq", "kind", "from_date", "to_date", "fte"]
    let staffSeq: Int; let kind: String; let fromDate: String; let toDate: String?; let fte: Double

    static func values(_ a: Absence, submission: Int, seq: Int, staff: Int) -> RowValues {
        [submission, seq, staff, a.kind.rawValue, a.from.iso, SQLValue.day(a.to), a.fte]
    }

    func absence() throws -> Absence {
        let what = "an absence of staff row \(staffSeq)"
        return Absence(kind: try SQLValue.code(kind, of: what), from: try SQLValue.day(fromDate, of: what),
                       to: try SQLValue.day(toDate, of: what), fte: fte)
    }
}

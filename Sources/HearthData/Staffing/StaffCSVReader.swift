import Foundation
import HearthCore

/// Reads the staff CSV: one row per contract as an HR system exports it, with at most one absence
/// on the row. A person with several absences appears on several rows with the same `staff_id`
/// and `start_date`; their absences are gathered and the first row's other details are used. A
/// row with the same `staff_id` but another `start_date` is a new contract of the same person
/// (an agency worker taken on permanently): it becomes a record of its own, so each contract
/// keeps its own type, dates and FTE.
public enum StaffCSVReader {
    static let table = StaffingCSVTable(what: "staff", columns: StaffingColumns.staffHeadings,
                                        required: StaffingColumns.staffRequired)

    public static func read(url: URL, fileName: String? = nil) -> StaffingFileResult<StaffMember> {
        var gather = Gatherer()
        let problems = table.read(url: url, fileName: fileName) { gather.add($0, &$1) }
        return StaffingFileResult(rows: gather.staff, problems: problems)
    }

    public static func read(bytes: [UInt8], fileName: String) -> StaffingFileResult<StaffMember> {
        var gather = Gatherer()
        let problems = table.read(bytes: bytes, fileName: fileName) { gather.add($0, &$1) }
        return StaffingFileResult(rows: gather.staff, problems: problems)
    }

    /// Collects people in file order, merging the rows of one person.
    private struct Gatherer {
        var staff: [StaffMember] = []
        /// Each contract's place and first line, by staff id and start date.
        var index: [Contract: (position: Int, line: Int)] = [:]

        struct Contract: Hashable {
            let id: String
            let start: Day?
        }

        mutating func add(_ d: FieldDecoder, _ log: inout ProblemLog) {
            let C = StaffingColumns.self
            guard let id = StaffingCSVTable.required(d.text(C.staffID), d, C.staffID, &log),
                  let team = StaffingCSVTable.required(d.text(C.team), d, C.team, &log),
                  let contractText = StaffingCSVTable.required(d.text(C.contract), d, C.contract, &log) else { return }
            guard let contract = ContractType(text: contractText) else {
                log.add(.error, line: d.line, field: C.contract, "\"\(contractText)\" is not permanent, agency or secondee; row left out")
                return
            }
            guard let fte = d.double(C.fte, &log) else {
                if d.text(C.fte) == nil { log.add(.error, line: d.line, field: C.fte, "blank; row left out") }
                return
            }
            guard fte > 0, fte <= 1 else {
                log.add(.error, line: d.line, field: C.fte, "\(fte) is outside 0–1 (more than 0, at most 1); row left out")
                return
            }
            let start = d.day(C.startDate, &log), end = d.day(C.endDate, &log)
            if let start, let end, end < start {
                log.add(.warning, line: d.line, field: C.endDate, "ends (\(end.iso)) before it starts (\(start.iso))")
            }
            var daysLost = d.double(C.sicknessDaysLost, &log)
            if let lost = daysLost, lost < 0 || lost > 366 {
                log.add(.error, line: d.line, field: C.sicknessDaysLost, "\(lost) is outside 0–366 days; left blank")
                daysLost = nil
            }
            let absence = Self.absence(d, fte: fte, &log)
            let person = StaffMember(
                staffID: id, team: team, contract: contract, fte: fte, role: d.text(C.role), isNQSW: d.flag(C.nqsw, &log) ?? false,
                startDate: start, endDate: end, leavingReason: d.text(C.leavingReason),
                cases: d.int(C.cases, &log, range: 0...1000), absences: absence.map { [$0] } ?? [], sicknessDaysLost: daysLost,
                birthDate: Self.birthDate(d, start: start, &log), ethnicity: d.text(C.ethnicity), routeIn: Self.route(d, &log))
            if let earlier = index[Contract(id: id, start: start)] {
                let first = staff[earlier.position]
                if first.with(absences: []) != person.with(absences: []) {
                    log.add(.warning, line: d.line, field: C.staffID,
                            "\(id) is also on line \(earlier.line) with other details; the details of line \(earlier.line) are used and this row's absence added")
                }
                staff[earlier.position] = first.with(absences: first.absences + person.absences)
            } else {
                if let overlap = staff.first(where: { $0.staffID == id && Self.overlap($0, person) }) {
                    log.add(.warning, line: d.line, field: C.startDate,
                            "\(id) has another contract (from \(overlap.startDate?.iso ?? "no start date")) running on \(start?.iso ?? "no start date"); both are counted")
                }
                index[Contract(id: id, start: start)] = (staff.count, d.line)
                staff.append(person)
            }
        }

        /// Two contracts of one person running on the same day (one should end before the next starts).
        private static func overlap(_ a: StaffMember, _ b: StaffMember) -> Bool {
            guard let bStart = b.startDate else { return true }
            guard let aStart = a.startDate else { return true }
            return (a.endDate.map { $0 > bStart } ?? true) && (b.endDate.map { $0 > aStart } ?? true)
        }

        /// A date of birth that makes a working age on the start date (at least 16), else left blank.
        private static func birthDate(_ d: FieldDecoder, start: Day?, _ log: inout ProblemLog) -> Day? {
            let C = StaffingColumns.self
            guard let born = d.day(C.birthDate, &log) else { return nil }
            if let start, born.adding(years: 16) > start {
                log.add(.error, line: d.line, field: C.birthDate, "\(born.iso) makes the worker under 16 on their start date \(start.iso); left blank")
                return nil
            }
            return born
        }

        /// The route in, nil when blank; an unknown code is an error and left blank.
        private static func route(_ d: FieldDecoder, _ log: inout ProblemLog) -> RouteIn? {
            let C = StaffingColumns.self
            guard let text = d.text(C.routeIn) else { return nil }
            guard let route = RouteIn(text: text) else {
                log.add(.error, line: d.line, field: C.routeIn,
                        "\"\(text)\" is not a route in (\(RouteIn.allCases.map(\.rawValue).joined(separator: ", "))); left blank")
                return nil
            }
            return route
        }

        /// The row's absence, nil when it has none or it cannot be used (with an error).
        private static func absence(_ d: FieldDecoder, fte: Double, _ log: inout ProblemLog) -> Absence? {
            let C = StaffingColumns.self
            let kindText = d.text(C.absenceKind)
            let from = d.day(C.absenceFrom, &log), to = d.day(C.absenceTo, &log)
            let share = d.double(C.absenceFTE, &log)
            guard kindText != nil || from != nil || to != nil || share != nil else { return nil }
            guard let kindText else {
                log.add(.error, line: d.line, field: C.absenceKind, "blank, but the row has absence dates; absence left out")
                return nil
            }
            guard let kind = AbsenceKind(text: kindText) else {
                log.add(.error, line: d.line, field: C.absenceKind,
                        "\"\(kindText)\" is not an absence kind (maternity, long_term_sickness, secondment, career_break, other); absence left out")
                return nil
            }
            guard let from else {
                log.add(.error, line: d.line, field: C.absenceFrom, "blank (or not a date) for a \(kindText) absence; absence left out")
                return nil
            }
            if let to, to < from {
                log.add(.error, line: d.line, field: C.absenceTo, "\(to.iso) is before absence_from \(from.iso); absence left out")
                return nil
            }
            var away = share ?? fte
            if away <= 0 || away > 1 {
                log.add(.error, line: d.line, field: C.absenceFTE, "\(away) is outside 0–1; absence left out")
                return nil
            }
            if away > fte {
                log.add(.warning, line: d.line, field: C.absenceFTE, "\(away) is more than the person's FTE \(fte); \(fte) used")
                away = fte
            }
            return Absence(kind: kind, from: from, to: to, fte: away)
        }
    }
}

import Foundation
import HearthCore

/// Reads the workforce CSVs: the worker-level file (one row per social worker, census fields)
/// and the vacancies file (FTE vacancies by team). Which one a file is comes from its headings.
public enum WorkforceCSVReader {
    /// `.workforceWorkers`, `.workforceVacancies`, or nil.
    public static func recognise(headings: [String]) -> ReturnFileKind? {
        if WorkforceColumns.positions(of: WorkforceColumns.workerKeys, in: headings).count == WorkforceColumns.workerKeys.count {
            return .workforceWorkers
        }
        if WorkforceColumns.positions(of: WorkforceColumns.vacancyHeadings, in: headings).count == 2 {
            return .workforceVacancies
        }
        return nil
    }

    public static func read(url: URL, fileName: String? = nil) -> WorkforceReadResult {
        var table = CSVTable(url: url, fileName: fileName ?? url.lastPathComponent)
        return read(&table)
    }

    public static func read(bytes: [UInt8], fileName: String) -> WorkforceReadResult {
        var table = CSVTable(bytes: bytes, fileName: fileName)
        return read(&table)
    }

    /// Reads a worker file and, if given, a vacancies file into a census. The census date is
    /// `censusDate` when given, else `WorkforceCensusDate.inferred(from:)`; when neither gives
    /// one the census is nil, with a fatal problem saying so.
    public static func census(workers: URL, vacancies: URL?, censusDate: Day? = nil)
        -> (census: WorkforceCensus?, problems: [DataProblem]) {
        let w = read(url: workers)
        var problems = w.problems
        if w.kind != .workforceWorkers, !w.hasFatal {
            problems.append(DataProblem(.fatal, file: workers.lastPathComponent,
                                        message: "expected the worker file (WorkerID, Agency, FTE, …)"))
        }
        var vacanciesFTE: [String: Double] = [:]
        if let vacancies {
            let v = read(url: vacancies)
            problems += v.problems
            if v.kind != .workforceVacancies, !v.hasFatal {
                problems.append(DataProblem(.fatal, file: vacancies.lastPathComponent,
                                            message: "expected the vacancies file (Team, VacancyFTE)"))
            }
            vacanciesFTE = v.vacanciesFTE
        }
        guard !problems.contains(where: { $0.severity == .fatal }) else { return (nil, problems) }
        guard let date = censusDate ?? WorkforceCensusDate.inferred(from: w.workers) else {
            problems.append(DataProblem(.fatal, file: workers.lastPathComponent,
                                        message: "no census date given and none can be inferred (no RoleStartDate or RoleEndDate in the file)"))
            return (nil, problems)
        }
        return (WorkforceCensus(censusDate: date, workers: w.workers, vacanciesFTE: vacanciesFTE), problems)
    }

    static func read(_ table: inout CSVTable) -> WorkforceReadResult {
        guard let heading = table.heading(
            ifNone: "the file is empty: expected a heading row (WorkerID, Agency, FTE, … or Team, VacancyFTE)") else {
            return WorkforceReadResult(kind: nil, problems: table.log.finished())
        }
        switch recognise(headings: heading.fields) {
        case .workforceWorkers?:
            return readWorkers(&table, heading: heading)
        case .workforceVacancies?:
            return readVacancies(&table, heading: heading)
        default:
            let found = WorkforceColumns.positions(of: WorkforceColumns.workerKeys, in: heading.fields)
            if !found.isEmpty {
                let missing = WorkforceColumns.workerKeys.filter { found[$0] == nil }
                table.log.add(.fatal, line: heading.line,
                              "looks like a workforce worker file but lacks column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))")
            } else {
                table.log.add(.fatal, line: heading.line,
                              "the headings match neither workforce file (expected WorkerID, Agency, FTE, … or Team, VacancyFTE)")
            }
            return WorkforceReadResult(kind: nil, problems: table.log.finished())
        }
    }

    /// Rows read before the tokenizer gave up on a file are not trusted: such a file gives none.
    private static func readWorkers(_ table: inout CSVTable, heading: CSVRecord) -> WorkforceReadResult {
        let C = WorkforceColumns.self
        let positions = C.positions(of: C.workerHeadings, in: heading.fields)
        var workers: [SocialWorker] = []
        let complete = table.forEachRow(width: heading.fields.count) { r, log in
            let d = FieldDecoder(line: r.line, values: r.fields, columns: positions)
            guard let id = d.text(C.workerID) else {
                log.add(.error, line: r.line, field: C.workerID, "blank worker ID; row left out")
                return
            }
            guard let agency = d.flag(C.agency, &log) else {
                if d.text(C.agency) == nil { log.add(.error, line: r.line, field: C.agency, "blank; row left out") }
                return
            }
            guard let fte = d.double(C.fte, &log) else {
                if d.text(C.fte) == nil { log.add(.error, line: r.line, field: C.fte, "blank; row left out") }
                return
            }
            guard (0...1).contains(fte) else {
                log.add(.error, line: r.line, field: C.fte, "\(fte) is outside 0–1; row left out")
                return
            }
            let start = d.day(C.roleStartDate, &log), end = d.day(C.roleEndDate, &log)
            if let start, let end, end < start {
                log.add(.warning, line: r.line, field: C.roleEndDate, "role ends (\(end.uk)) before it starts (\(start.uk))")
            }
            let cases = d.int(C.cases, &log, range: 0...1000)
            let daysLost = d.double(C.workingDaysLost, &log)
            if let daysLost, daysLost < 0 {
                log.add(.error, line: r.line, field: C.workingDaysLost, "\(daysLost) is negative")
            }
            workers.append(SocialWorker(
                workerID: id, isAgency: agency, fte: fte, team: d.text(C.team),
                role: d.code(C.orgRole, C.orgRoles, &log), birthDate: d.day(C.birthDate, &log),
                sex: d.code(C.gender, CINCodes.sex, &log), ethnicity: d.code(C.ethnicity, Ethnicity.codes, &log),
                roleStartDate: start, roleEndDate: end, startOrigin: d.text(C.startOrigin),
                reasonLeft: d.text(C.reasonLeave), isNewlyQualified: d.flag(C.asye, &log), cases: cases,
                workingDaysLost: daysLost.flatMap { $0 < 0 ? nil : $0 }, absentAtCensus: d.flag(C.absent, &log),
                reasonAbsent: d.code(C.reasonAbsence, C.reasonsAbsent, &log)))
        }
        guard complete else { return WorkforceReadResult(kind: nil, problems: table.log.finished()) }
        return WorkforceReadResult(kind: .workforceWorkers, workers: workers, problems: table.log.finished())
    }

    private static func readVacancies(_ table: inout CSVTable, heading: CSVRecord) -> WorkforceReadResult {
        let C = WorkforceColumns.self
        let positions = C.positions(of: C.vacancyHeadings, in: heading.fields)
        var vacancies: [String: Double] = [:]
        let complete = table.forEachRow { r, log in
            let d = FieldDecoder(line: r.line, values: r.fields, columns: positions)
            guard let fte = d.double(C.vacancyFTE, &log) else { return }
            guard fte >= 0 else {
                log.add(.error, line: r.line, field: C.vacancyFTE, "\(fte) is negative; row left out")
                return
            }
            let team = d.text(C.vacancyTeam) ?? ""
            if vacancies[team] != nil {
                log.add(.warning, line: r.line, field: C.vacancyTeam, "team \"\(team)\" appears again; its vacancies were added together")
            }
            vacancies[team, default: 0] += fte
        }
        guard complete else { return WorkforceReadResult(kind: nil, problems: table.log.finished()) }
        return WorkforceReadResult(kind: .workforceVacancies, vacanciesFTE: vacancies, problems: table.log.finished())
    }
}

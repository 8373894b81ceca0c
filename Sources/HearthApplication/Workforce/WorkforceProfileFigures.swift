import HearthCore
import HearthIndicators
import HearthReports

/// The workforce profile measures (agency rate by seniority, agency workers taken on
/// permanently, leavers, age and ethnicity, trainee routes, caseloads per social worker and per
/// personal adviser) as an audience may see them, the same on the workforce page, in `hearth
/// workforce` and in the board pack. Staff are never named or given by id here; groups of 1 to 5
/// staff are "c" for the aggregate audience (`Disclosure.staff`), and cases are children.
public enum WorkforceProfileFigures {
    /// A group of staff with its count as the audience may see it.
    public struct Group: Sendable {
        public let title: String
        public let count: String
    }

    /// One seniority's agency rate now, a year's change and its FTE.
    public struct Seniority: Sendable {
        public let title: String
        public let rate: String
        public let change: String
        public let detail: String
    }

    public struct Ethnicity: Sendable {
        public let title: String
        public let staff: String
        public let staffShare: String
        public let authority: String
        public let england: String
    }

    public struct Caseload: Sendable {
        public let team: String
        public let kind: String
        public let socialWorker: String
        public let socialWorkerOver: Bool
        public let personalAdviser: String
        public let personalAdviserOver: Bool
        public let target: String
    }

    /// What is said where England's workforce would stand beside the ethnicity profile.
    public static let englandWorkforceNote = "DfE's published workforce files shipped with Hearth give no workforce ethnicity for England "
        + "or by authority, so the workforce is set beside the population only."

    public static func seniority(_ m: AgencyRateBySeniority) -> [Seniority] {
        m.series.map { s in
            let latest = s.latest
            let change = s.change.map { ($0 >= 0 ? "+" : "−") + MoneyFormat.oneDecimal(abs($0)) + " points" } ?? "–"
            return Seniority(title: s.role.title, rate: MoneyFormat.percent(latest?.rate.percent), change: change,
                             detail: "\(MoneyFormat.oneDecimal(latest?.agencyFTE)) agency of \(MoneyFormat.oneDecimal((latest?.agencyFTE ?? 0) + (latest?.inPostFTE ?? 0))) FTE")
        }
    }

    /// "Practitioners 12.0% (+3.0 points in the year)", for a short line.
    public static func seniorityLine(_ m: AgencyRateBySeniority) -> String {
        seniority(m).filter { !$0.title.hasPrefix("Role not") }.map { "\($0.title.split(separator: " (").first ?? "") \($0.rate) (\($0.change))" }
            .joined(separator: "; ")
    }

    /// Staff in groups: "c" for 1 to 5 (and one more so the total cannot give it back).
    public static func groups(_ counts: [StaffCount], _ disclosure: Disclosure) -> [Group] {
        zip(counts, disclosure.staff(counts.map(\.count)).parts).map { Group(title: $0.title, count: $1.description) }
    }

    public static func ethnicity(_ d: WorkforceDiversity, _ disclosure: Disclosure) -> [Ethnicity] {
        let shown = disclosure.staff(d.ethnicity.map(\.staff)).parts
        let anyHidden = shown.contains(where: \.isSuppressed)
        return zip(d.ethnicity, shown).map { row, count in
            // A share is withheld with its count, and every share when any count is (they give each other back).
            let share = anyHidden || count.isSuppressed ? "c" : MoneyFormat.percent(row.staffPercent)
            return Ethnicity(title: row.group.title, staff: count.description, staffShare: row.group == .notKnown ? "" : share,
                             authority: MoneyFormat.percent(row.authorityPercent), england: MoneyFormat.percent(row.englandPercent))
        }
    }

    public static func averageService(_ l: LeaverProfile) -> String {
        guard let years = l.averageServiceYears else { return "No start dates recorded for those in post." }
        return "Average length of service of those in post: \(MoneyFormat.oneDecimal(years)) years (\(l.inPostCounted) people"
            + (l.inPostWithoutStart > 0 ? "; \(l.inPostWithoutStart) without a start date left out)" : ")")
    }

    /// Agency workers taken on permanently, without ids: "2 … in the year: 01/09/2024 (CP, Practitioners) …";
    /// at most `limit` listed, then how many more.
    public static func conversions(_ c: AgencyConversions, limit: Int = .max) -> String {
        var list = c.conversions.prefix(limit).map { "\($0.permanentStarted.uk) (\($0.team), \($0.role.title.split(separator: " (").first ?? "")" + ($0.gapDays > 1 ? ", \($0.gapDays) days after the agency contract ended)" : ")") }
        if c.count > limit { list.append("and \(c.count - limit) more") }
        return "\(c.count) agency worker\(c.count == 1 ? "" : "s") took a permanent post in the year to \(c.to.uk)"
            + (list.isEmpty ? "." : ": " + list.joined(separator: "; ") + ".")
    }

    /// Each team's caseload per social worker and per personal adviser. Cases are children: the
    /// table of teams × jobs is suppressed as a whole, and a caseload goes with its cases.
    public static func caseloads(_ t: TeamCaseloads, _ disclosure: Disclosure) -> [Caseload] {
        let cells = disclosure.table(t.rows.map { [$0.socialWorkerCases, $0.personalAdviserCases] }).cells
        return zip(t.rows, cells).map { row, cell in
            func value(_ ratio: MeasureRatio, _ cases: SuppressedValue?) -> (String, Bool) {
                guard ratio.denominator > 0 else { return ("–", false) }
                guard cases?.isSuppressed != true else { return ("c", false) }
                return (MoneyFormat.oneDecimal(ratio.ratio), TeamCaseloads.Row.over(ratio, row.caseloadTarget) ?? false)
            }
            let sw = value(row.socialWorker, cell.first), pa = value(row.personalAdviser, cell.last)
            return Caseload(team: row.team, kind: row.kind.title, socialWorker: sw.0, socialWorkerOver: sw.1, personalAdviser: pa.0,
                            personalAdviserOver: pa.1, target: MoneyFormat.oneDecimal(row.caseloadTarget))
        }
    }
}

extension WorkforceProfileFigures {
    /// One route in with its cohorts' retention after 1, 2 and 3 years.
    public struct Trainees: Sendable {
        public let route: String
        public let started: String
        public let inPost: String
        public let retention: [String]
    }

    /// The people of a route are few: counts of them are staff counts, and each retention line is
    /// `WorkforceFigures.retention`'s, suppressed as NQSW retention is.
    public static func trainees(_ t: TraineeCohorts, _ disclosure: Disclosure) -> [Trainees] {
        t.routes.map { r in
            Trainees(route: r.route.title, started: disclosure.count(r.started).description, inPost: disclosure.count(r.inPost).description,
                     retention: r.retention.map { WorkforceFigures.retention($0, disclosure) })
        }
    }
}

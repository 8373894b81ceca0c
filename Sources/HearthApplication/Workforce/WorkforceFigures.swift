import HearthCore
import HearthIndicators
import HearthReports

/// The workforce figures as an audience may see them, the same on the workforce page and in the
/// board pack: each team's row and NQSW retention (the monthly FTE chart is HearthReports'
/// `WorkforceTrendChart`).
public enum WorkforceFigures {
    /// A workforce measure's value as the page and the pack show it: the caseload as cases per
    /// FTE, a count as a count, service in years, the others as percentages ("–" when there is
    /// nothing to divide by).
    /// A figure that counts staff is "c" where `disclosure` withholds it.
    public static func value(_ m: WorkforceIndicator, _ report: WorkforceReport, _ disclosure: Disclosure) -> String {
        guard let shown = m.shown(report, disclosure) else { return "–" }
        return shown.text { text($0, m) }
    }

    /// A number in the measure's unit: "12.0%", "18.5" cases per FTE, "3", "4.2 years".
    public static func text(_ v: Double, _ m: WorkforceIndicator) -> String {
        switch m.definition.unit {
        case .count: IndicatorFormat.number(v)
        case .perFTE: MoneyFormat.oneDecimal(v)
        case .years: MoneyFormat.oneDecimal(v) + " years"
        default: MoneyFormat.percent(v)
        }
    }

    /// The uncovered gap beside the service's size: "6.0% of the 500.0 FTE established posts";
    /// nil when the teams' establishment is not known.
    public static func gapShare(_ gap: UncoveredVacancyGap) -> String? {
        guard let share = gap.shareOfPosts, let posts = gap.establishmentFTE else { return nil }
        return "\(MoneyFormat.percent(share)) of the \(MoneyFormat.oneDecimal(posts)) FTE established posts"
    }

    /// One team's row. The cases are children: a breakdown of the authority's caseload, so a
    /// team with 1 to 5 hides a second; a team's caseload per FTE (cases ÷ the FTE shown) and its
    /// "over target" go with its cases.
    public struct Team: Sendable {
        public let staffing: TeamStaffing
        public let cases: SuppressedValue
        public let establishment: String
        public let inPost: String
        public let agency: String
        public let vacancy: String
        public let absent: String
        public let gap: String
        public let caseload: String
        public let target: String
        public let overTarget: Bool

        public var name: String { staffing.team }
    }

    public static func teams(_ teams: [TeamStaffing], _ disclosure: Disclosure) -> [Team] {
        let (cases, _) = disclosure.breakdown(teams.map(\.cases))
        return zip(teams, cases).map { t, cases in
            let caseload = cases.map { _ in t.caseload.ratio ?? 0 }
            return Team(
                staffing: t, cases: cases, establishment: MoneyFormat.oneDecimal(t.establishmentFTE),
                inPost: MoneyFormat.oneDecimal(t.inPostFTE), agency: MoneyFormat.oneDecimal(t.agencyFTE), vacancy: MoneyFormat.oneDecimal(t.vacancyFTE),
                absent: MoneyFormat.oneDecimal(t.absentFTE), gap: MoneyFormat.oneDecimal(t.uncoveredGap.gapFTE),
                caseload: caseload.text { MoneyFormat.oneDecimal($0) }, target: t.caseloadTarget.map(MoneyFormat.oneDecimal) ?? "–",
                overTarget: disclosure.beside((t.caseloadAboveTarget ?? 0) > 0, [caseload]).shown ?? false)
        }
    }

    /// "2 years after starting: 14 of 20 (70.0%)", the people counted as the audience may see
    /// them: a cohort of newly qualified workers is small enough to name who left.
    public static func retention(_ n: NQSWRetention, _ disclosure: Disclosure) -> String {
        let m = n.retained
        let terms = disclosure.terms(numerator: m.numerator, denominator: m.denominator, unit: .percent)
        let share = disclosure.figure(m.percent, numerator: m.numerator, denominator: m.denominator, unit: .percent)
        return "\(n.years) year\(n.years == 1 ? "" : "s") after starting: \(terms.numerator.text(IndicatorFormat.number)) of "
            + "\(terms.denominator.text(IndicatorFormat.number)) (\(share.map { $0.text { MoneyFormat.percent($0) } } ?? "–"))"
    }
}

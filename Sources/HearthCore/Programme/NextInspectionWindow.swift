/// When Ofsted's next graded ILACS inspection is likely, as a window of days, from the last graded
/// inspection (standard or short).
///
/// The rule, from Ofsted's framework for the inspection of local authority children's services
/// (ILACS), as the Kirklees Safeguarding Children Partnership summarises it ("ILACS inspection:
/// guidance for professionals", kirkleessafeguardingchildren.co.uk): "standard inspections for
/// local authorities judged to require improvement and short inspections for local authorities
/// judged to be good or outstanding. Timing will usually be between six months before and six
/// months after the three year anniversary of the previous inspection." So the window runs from
/// the last graded inspection's first day plus 3 years less 6 months to the same plus 6 months.
///
/// An authority judged inadequate is not inspected on an anniversary: Ofsted monitors it with
/// quarterly visits and re-inspects with a standard inspection when it judges the authority ready,
/// often sooner. The same window is given as the latest it is likely, and `note` says so.
/// The kind expected (standard or short) follows the last overall grade, or the worst judgement
/// where overall effectiveness is not given (it is optional from April 2026).
public struct NextInspectionWindow: Sendable, Equatable {
    /// The graded inspection the window is counted from.
    public let last: Inspection
    /// The three-year anniversary of its start.
    public let anniversary: Day
    public let earliest: Day
    public let latest: Day
    /// The kind of inspection the framework gives an authority of this grade.
    public let expectedKind: Inspection.Kind
    /// What to bear in mind reading the window (an inadequate authority; a window already past).
    public let note: String?

    /// The window after the latest graded inspection in `inspections`; nil when none is graded.
    public init?(inspections: [Inspection], today: Day) {
        guard let last = inspections.filter({ $0.kind.isGraded }).max(by: { ($0.startDate, $0.id) < ($1.startDate, $1.id) }) else {
            return nil
        }
        self.last = last
        anniversary = last.startDate.adding(years: 3)
        earliest = anniversary.adding(months: -6)
        latest = anniversary.adding(months: 6)
        let grades = [last.overallEffectiveness].compactMap { $0 } + ILACSArea.allCases.compactMap { $0.grade(in: last.judgements) }
        let grade = last.overallEffectiveness ?? grades.max()
        expectedKind = (grade ?? .requiresImprovement) <= .good ? .short : .standard
        var notes: [String] = []
        if grade == .inadequate {
            notes.append("An authority judged inadequate is re-inspected when Ofsted judges it ready after its monitoring visits, "
                         + "often before this window; the window is the latest the framework's usual timing gives.")
        }
        if today > latest {
            notes.append("The usual window has passed without a graded inspection: one may come at any time.")
        } else if today >= earliest {
            notes.append("The authority is inside the usual window now.")
        }
        note = notes.isEmpty ? nil : notes.joined(separator: " ")
    }

}

import HearthCore

/// Plans starting in the period for children who had been on a plan before: at any time
/// (DfE's measure), or — with `withinYears` — one that ended within that many years of the new
/// plan's start (a local variant boards ask for).
///
/// History: DfE's measure reads NumberOfPreviousCPP, which the census carries with each plan, so
/// one census is enough. The 2-year variant must see when the earlier plan ended, and a census
/// holds only the plans open in its year: a plan that ended last year in an episode that closed
/// is not in it, so from one census the variant counts a fraction of the children it should. It
/// needs census data reaching 24 months before the period, and says "not enough history"
/// without it.
struct SubsequentProtectionPlans: Measure {
    let withinYears: Int?
    let definition: IndicatorDefinition

    init(withinYears: Int? = nil) {
        self.withinYears = withinYears
        if let y = withinYears {
            definition = IndicatorDefinition(
                id: IndicatorID("cpp_subsequent_\(y)y"), title: "Second or subsequent child protection plans within \(y) years",
                definition: "Plans starting in the period for a child whose previous plan ended within \(y) years before the new plan started, as a percentage of plans starting in the period (local measure).",
                numerator: "plans starting in the period with an earlier plan ended within \(y) years",
                denominator: "plans starting in the period", periodKind: .inYear, unit: .percent, polarity: .low,
                dayType: .calendar, source: .cinCensus, area: .frontDoor,
                notPublishedBecause: "A local variant: DfE publishes second or subsequent plans at any time (shown on that indicator), not within \(y) years.",
                historyMonths: 24)
        } else {
            definition = IndicatorDefinition(
                id: "cpp_subsequent", title: "Second or subsequent child protection plans",
                definition: "Plans starting in the period for a child who had been the subject of a plan before (at any time, including in another authority as NumberOfPreviousCPP records), as a percentage of plans starting in the period.",
                numerator: "plans starting in the period for children with an earlier plan",
                denominator: "plans starting in the period", periodKind: .inYear, unit: .percent, polarity: .low,
                source: .cinCensus,
                area: .frontDoor,
                published: .explore(PublishedMeasure(.protectionPlansSubsequent, "CPP_subsequent_percent",
                    polarity: .low, from: "PrevRegCPR")),
                englandDefault: 24.5,
                headline: true)
        }
    }

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, plans) in context.plansByChild {
            for i in plans.indices {
                guard let start = plans[i].startDate, period.contains(start) else { continue }
                // The earlier plans are those before this one starting strictly before it. Read
                // in place, by position: filtering them into arrays for every plan, and copying
                // each plan, cost more than the test itself.
                let isEarlier = { (j: Int) in (plans[j].startDate ?? start) < start }
                if let years = withinYears {
                    let cutoff = start.adding(years: -years)
                    var recent: Day? = nil
                    for j in 0..<i where isEarlier(j) {
                        if let end = plans[j].endDate, end >= cutoff, end <= start, recent.map({ end > $0 }) ?? true { recent = end }
                    }
                    if let recent {
                        tally.add(childID: child, date: start, inNumerator: true,
                                             reason: "previous plan ended \(recent.uk), \(recent.days(to: start)) days before")
                    } else {
                        tally.add(childID: child, date: start, inNumerator: false,
                                             reason: !(0..<i).contains(where: isEarlier) ? "first plan held" : "previous plan ended more than \(years) years before")
                    }
                } else if let last = (0..<i).last(where: isEarlier).flatMap({ plans[$0].startDate }) {
                    tally.add(childID: child, date: start, inNumerator: true,
                                         reason: "earlier plan started \(last.uk)")
                } else if let n = plans[i].numberOfPreviousPlans, n > 0 {
                    tally.add(childID: child, date: start, inNumerator: true,
                                         reason: "\(n) previous plan(s) recorded (NumberOfPreviousCPP)")
                } else {
                    tally.add(childID: child, date: start, inNumerator: false, reason: "first plan")
                }
            }
        }
        return percentage(tally, period)
    }
}

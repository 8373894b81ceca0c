import HearthCore

/// Referrals in the period where the same child had an earlier referral in the 12 months
/// before. "Within 12 months" includes a referral exactly 12 months after the last (Hearth's
/// convention that "within N" means elapsed ≤ N); a second referral on the same day is not a
/// re-referral. DfE's words (LAIT 271, "re-referrals within 12 months of the previous referral")
/// do not limit the previous referral to the same collection year, so it is looked for in every
/// return the period reads: re-compute and `hearth indicators --earlier` carry the year before's
/// census in (`SnapshotPlan`); from one census alone, referrals early in its year find fewer.
struct ReReferrals: Measure {
    let definition = IndicatorDefinition(
        id: "rereferrals_12m", title: "Re-referrals within 12 months",
        definition: "Referrals in the period for a child who had a previous referral in the 12 months before it, as a percentage of all referrals in the period.",
        numerator: "referrals in the period with a previous referral of the same child within 12 months",
        denominator: "referrals in the period", periodKind: .inYear, unit: .percent, polarity: .low,
        dayType: .calendar, source: .cinCensus,
        area: .frontDoor,
        published: .explore(PublishedMeasure(.referrals, "rereferral_percent", polarity: .low, from: "ReReferral")),
        englandDefault: 22.6,
        headline: true)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        let refs = context.referrals  // grouped by child, each child's in date order
        for (i, r) in refs.enumerated() {
            guard period.contains(r.date) else { continue }
            let previous = previousDistinctDate(refs, before: i)
            if let p = previous, p >= r.date.adding(months: -12) {
                tally.add(childID: r.childID, date: r.date, inNumerator: true,
                                     reason: "previous referral on \(p.uk), \(p.days(to: r.date)) days earlier")
            } else if let p = previous {
                tally.add(childID: r.childID, date: r.date, inNumerator: false,
                                     reason: "previous referral on \(p.uk), more than 12 months earlier")
            } else {
                tally.add(childID: r.childID, date: r.date, inNumerator: false, reason: "no earlier referral held")
            }
        }
        return percentage(tally, period)
    }

    /// The latest referral of the same child strictly before referral `i`'s date.
    private func previousDistinctDate(_ refs: [ReferralEvent], before i: Int) -> Day? {
        var j = i - 1
        while j >= 0, refs[j].childID == refs[i].childID {
            if refs[j].date < refs[i].date { return refs[j].date }
            j -= 1
        }
        return nil
    }
}

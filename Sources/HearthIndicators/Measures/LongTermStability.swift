import HearthCore

/// Under-16s looked after for at least 2.5 years who have been in the same placement for at
/// least 2 years (or placed for adoption with their foster carers, whose time together counts).
struct LongTermStability: Measure {
    let definition = IndicatorDefinition(
        id: "cla_long_term_stability", title: "Long-term placement stability",
        definition: "Children aged under 16 at the end of the period, looked after continuously for at least 2.5 years, who have lived in the same placement for at least 2 years (or are placed for adoption and their adoptive and previous placements together last 2 years), as a percentage of those children.",
        numerator: "those in the same placement ≥ 2 years", denominator: "under 16s looked after continuously ≥ 2.5 years at the period end",
        periodKind: .snapshot, unit: .percent, polarity: .high, dayType: .calendar, source: .ssda903,
        publishedMeasure: "la_cla_placement_stability: living with the same carer for at least 2 years")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        let careCutoff = period.end.adding(months: -30)
        let placementCutoff = period.end.adding(years: -2)
        for (c, (child, episodes)) in context.care.episodesByChild.enumerated() {
            guard let dob = context.care.birthDates[c], dob.age(on: period.end) < 16,
                  // Each child's episodes have distinct start days, so this is the only episode
                  // starting when the open one does.
                  let index = CareHistory.episodeIndex(openOn: period.end, in: episodes), CareHistory.isLookedAfter(episodes[index]),
                  let careStart = context.care.periodOfCareStart(of: index, in: episodes, child: c), careStart <= careCutoff
            else { continue }
            var placementStart = CareHistory.placementStart(of: index, in: episodes)
            // Adoption rule: placed for adoption with the current foster carers (A3, A5) continues
            // the placement before it.
            if ["A3", "A5"].contains(episodes[index].placement ?? ""), let pIndex = episodes.lastIndex(where: { $0.startDate == placementStart }),
               pIndex > 0, let previousStart = CareHistory.placementStart(of: pIndex - 1, in: episodes) {
                placementStart = previousStart
            }
            let stable = (placementStart ?? period.end) <= placementCutoff
            tally.add(childID: child, date: careStart, inNumerator: stable,
                                 reason: "in care since \(careStart.uk); placement since \(placementStart?.uk ?? "unknown")")
        }
        return percentage(tally, period)
    }
}

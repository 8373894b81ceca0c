import HearthCore

/// Under-16s looked after for at least 2.5 years who have been in the same placement for at
/// least 2 years, or placed for adoption with the adoptive and previous placements together
/// lasting 2 years (LAIT 393).
///
/// How each reading follows from DfE's words:
/// - Denominator: "children looked after at 31 March aged under 16 who had been looked after
///   continuously for at least 2.5 years" — an episode open on the last day (not a short break),
///   aged under 16 that day, in a period of care that began 30 months or more before it.
/// - "Living in the same placement for at least 2 years": DfE publishes the numerator as
///   "Living with the same carer for at least 2 years" (la_cla_placement_stability), so what
///   must last is the child's home with the same carers. A change of legal status only (RNE L)
///   and a change of placement with the same carer(s) (T, and U with a new legal status too)
///   leave the child with those carers — the same placement in the sense the measure is about
///   (a foster placement made long-term with the same family is not instability). T and U are
///   therefore read alike: neither breaks it. P and B bring new carers, and do.
/// - "Or were placed for adoption and their adoptive placement together with their previous
///   placement last for at least 2 years": for every placed-for-adoption code (A3, A4, A5, A6,
///   with or without the current foster carers), the time in the placement before the adoptive
///   one counts too, when the adoptive placement followed it without a gap.
/// - History: a return holds the episodes open in its year, so a child with the same carers since
///   2019 whose legal status changed in February shows, in that year's return alone, carers
///   "since February" and care "since February" — counted unstable or left out. Last year's
///   return shows the episodes open a year earlier, with their own start dates, which is what
///   SSDA903 collects for this (DfE asks for last year's return beside this year's); the figure
///   needs it (12 months before the period), and says "not enough history" without it.
struct LongTermStability: Measure {
    static let placedForAdoption: Set<String> = ["A3", "A4", "A5", "A6"]

    let definition = IndicatorDefinition(
        id: "cla_long_term_stability", title: "Long-term placement stability",
        definition: "Children aged under 16 at the end of the period, looked after continuously for at least 2.5 years, who have lived in the same placement (with the same carers) for at least 2 years, or are placed for adoption and their adoptive and previous placements together last 2 years, as a percentage of those children.",
        numerator: "those with the same carers ≥ 2 years (adoptive and previous placement together for A3–A6)", denominator: "under 16s looked after continuously ≥ 2.5 years at the period end",
        periodKind: .snapshot, unit: .percent, polarity: .high, dayType: .calendar, source: .ssda903,
        area: .childrenInCare,
        published: .explore(PublishedMeasure(.placementStability, "children_percent",
            ["cla_group": "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years", "placement_stability": "Living with the same carer for at least 2 years"],
            polarity: .high, from: "LAC_LongStable%")),
        englandDefault: 69,
        historyMonths: 12, decimalPlaces: 0)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        let careCutoff = period.end.adding(months: -30)
        let placementCutoff = period.end.adding(years: -2)
        for (c, (child, episodes)) in context.care.episodesByChild.enumerated() {
            guard let dob = context.care.birthDates[c], dob.age(on: period.end) < 16,
                  let index = CareHistory.episodeIndex(openOn: period.end, in: episodes), CareHistory.isLookedAfter(episodes[index]),
                  let careStart = context.care.periodOfCareStart(of: index, in: episodes, child: c), careStart <= careCutoff
            else { continue }
            let placementStart = Self.stableSince(index, in: episodes)
            let stable = (placementStart ?? period.end) <= placementCutoff
            tally.add(childID: child, date: careStart, inNumerator: stable,
                      reason: "in care since \(careStart.uk); placement since \(placementStart?.uk ?? "unknown")")
        }
        return percentage(tally, period)
    }

    /// Since when the placement holding `index` has lasted, by the rules above.
    static func stableSince(_ index: Int, in episodes: [CareEpisode]) -> Day? {
        let sameCarers = { (rne: String) in CareHistory.sameCarerReasons.contains(rne) }
        guard let first = CareHistory.chainStartIndex(of: index, in: episodes, continues: sameCarers) else { return nil }
        // When the chain already reaches back past the adoptive placement (a move to A3/A5 with
        // the same carers, coded T or U), the previous placement is in it: nothing to add.
        guard placedForAdoption.contains(episodes[index].placement ?? ""),
              placedForAdoption.contains(episodes[first].placement ?? ""), first > 0,
              let previousEnd = episodes[first - 1].endDate, previousEnd == episodes[first].startDate,
              let previous = CareHistory.chainStartIndex(of: first - 1, in: episodes, continues: sameCarers)
        else { return episodes[first].startDate }
        return episodes[previous].startDate
    }
}

import HearthCore

/// Children looked after at the period end who had 3 or more placements during the period.
/// The placement held at the start of the period counts as one; each episode starting in the
/// period with a new placement (RNE S, P, B or T) adds one.
struct PlacementMoves: Measure {
    static let newPlacementReasons: Set<String> = ["S", "P", "B", "T"]

    let definition = IndicatorDefinition(
        id: "cla_3plus_placements", title: "Children looked after with 3 or more placements in the year",
        definition: "Children looked after at the end of the period who had three or more separate placements during the period, as a percentage of children looked after at the end of the period.",
        numerator: "children with ≥ 3 placements in the period", denominator: "children looked after at the period end",
        periodKind: .inYear, unit: .percent, polarity: .low, source: .ssda903,
        publishedMeasure: "la_cla_placement_stability: 3 or more placements during the year")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, episodes) in context.care.episodesByChild {
            guard let open = CareHistory.episodeIndex(openOn: period.end, in: episodes),
                  CareHistory.isLookedAfter(episodes[open]) else { continue }
            var placements = CareHistory.episodeIndex(openOn: period.start.adding(days: -1), in: episodes) == nil ? 0 : 1
            for i in episodes.indices {
                guard let s = episodes[i].startDate, period.contains(s) else { continue }
                if Self.newPlacementReasons.contains(episodes[i].reasonForNewEpisode ?? "") { placements += 1 }
            }
            tally.add(childID: child, date: episodes[open].startDate, inNumerator: placements >= 3,
                                 reason: "\(placements) placement(s) in the period")
        }
        return percentage(tally, period)
    }
}

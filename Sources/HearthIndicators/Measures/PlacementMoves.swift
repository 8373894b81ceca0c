import HearthCore

/// Children looked after at the period end who had 3 or more placements during the period
/// (LAIT 372, "Placement 1").
///
/// How each reading follows from DfE's words:
/// - "All placements of 24 hours or more … are counted": a placement that ends on the day it
///   began (dates are days, so under 24 hours) is not counted — whether a placement moved on the
///   same day or a period of care that began and ended that day.
/// - "Any placements that were already open on 1 April … and any which were open on 31 March …
///   are included": the placement held at the start of the period counts as one (it spans the
///   midnight into 1 April, so it lasted 24 hours), as does the one held at the end.
/// - A new placement begins with every episode whose RNE says the placement changed: S (started
///   to be looked after), P (placement and carers), T (placement, same carers), U (legal status
///   and placement, same carers) and B (legal status, placement and carers). L changes only the
///   legal status: the placement goes on.
/// - "Where a child is subsequently placed for adoption with their existing foster carers, then
///   this is not counted as a placement change": a move to A3 or A5 (placed for adoption with
///   the current foster carer(s)) is not a new placement, however its RNE is coded.
/// - "Figures exclude children looked after under a series of short-term placements": a child
///   whose episode on the last day is a short break (V3, V4) is not in the denominator.
/// - History: none is needed before the year. Every episode open at any time in the year is in
///   the year's own return, the one open on 1 April with its start date, so a count of the
///   year's placements never depends on what an earlier return held.
struct PlacementMoves: Measure {
    static let newPlacementReasons: Set<String> = ["S", "P", "T", "U", "B"]
    /// Placed for adoption with the current foster carer(s): the same carers, the same home.
    static let adoptionWithCurrentCarers: Set<String> = ["A3", "A5"]

    let definition = IndicatorDefinition(
        id: "cla_3plus_placements", title: "Children looked after with 3 or more placements in the year",
        definition: "Children looked after at the end of the period who had three or more separate placements of 24 hours or more during the period (counting the placements open at its start and end; a move to placed for adoption with the current foster carers is not a new placement), as a percentage of children looked after at the end of the period.",
        numerator: "children with ≥ 3 placements in the period", denominator: "children looked after at the period end",
        periodKind: .inYear, unit: .percent, polarity: .low, source: .ssda903,
        area: .childrenInCare,
        published: .explore(PublishedMeasure(.placementStability, "children_percent",
            ["cla_group": "CLA on 31 March", "placement_stability": "With 3 or more placements during the year"],
            polarity: .low, from: "LACStable_2016on")),
        englandDefault: 10,
        headline: true,
        decimalPlaces: 0)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, episodes) in context.care.episodesByChild {
            guard let open = CareHistory.episodeIndex(openOn: period.end, in: episodes),
                  CareHistory.isLookedAfter(episodes[open]) else { continue }
            var placements = CareHistory.episodeIndex(openOn: period.start.adding(days: -1), in: episodes) == nil ? 0 : 1
            for i in episodes.indices {
                guard let s = episodes[i].startDate, period.contains(s), Self.startsPlacement(i, in: episodes),
                      Self.lasts24Hours(placementFrom: i, in: episodes) else { continue }
                placements += 1
            }
            tally.add(childID: child, date: episodes[open].startDate, inNumerator: placements >= 3,
                      reason: "\(placements) placement(s) in the period")
        }
        return percentage(tally, period)
    }

    /// Whether the episode at `i` begins a new placement.
    static func startsPlacement(_ i: Int, in episodes: [CareEpisode]) -> Bool {
        let rne = episodes[i].reasonForNewEpisode ?? ""
        guard newPlacementReasons.contains(rne) else { return false }
        return rne == "S" || !adoptionWithCurrentCarers.contains(episodes[i].placement ?? "")
    }

    /// Whether the placement beginning at `i` lasted past the day it began: followed through the
    /// episodes that continue it without a gap, it is still open or ends on a later day.
    static func lasts24Hours(placementFrom i: Int, in episodes: [CareEpisode]) -> Bool {
        guard let start = episodes[i].startDate else { return false }
        var j = i
        while j + 1 < episodes.count, let end = episodes[j].endDate, episodes[j + 1].startDate == end,
              !startsPlacement(j + 1, in: episodes) { j += 1 }
        return episodes[j].endDate.map { $0 > start } ?? true
    }
}

import HearthCore

/// Children looked after during the period who went missing at least once in it.
struct MissingFromCare: Measure {
    let definition = IndicatorDefinition(
        id: "cla_missing", title: "Children looked after who went missing",
        definition: "Children looked after at any time in the period who had at least one missing episode starting in the period, as a percentage of children looked after during the period.",
        numerator: "children with ≥ 1 missing episode (MISSING = M) in the period",
        denominator: "children looked after during the period", periodKind: .inYear, unit: .percent, polarity: .low,
        source: .ssda903,
        area: .childrenInCare,
        // LAIT `Children_missing` (161), "% Children looked after who were missing", no
        // polarity ("-": DfE calls neither a higher nor a lower figure better). DfE: children looked after during the year who had at least one missing
        // incident ÷ children looked after during the year (short-break placements left out) — the
        // indicator's definition. One difference: DfE also counts a child whose only missing episode
        // was already open on 1 April; Hearth counts episodes starting in the year.
        published: .lait(LAITMeasure(measure: "Children_missing", code: "161", polarity: .none)),
        decimalPlaces: 0)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (c, (child, episodes)) in context.care.episodesByChild.enumerated() {
            // A position, not a copy of the episode: only its start day is read.
            let during = episodes.firstIndex { e in
                guard CareHistory.isLookedAfter(e), let s = e.startDate, s <= period.end else { return false }
                return (e.endDate ?? period.end) >= period.start
            }
            guard let i = during else { continue }
            // Missing episodes count once per child and start day (both returns hold some).
            let n = context.care.missingStarts[c].reduce(0) { $0 + (period.contains($1) ? 1 : 0) }
            tally.add(childID: child, date: episodes[i].startDate, inNumerator: n > 0,
                                 reason: n > 0 ? "\(n) missing episode(s) in the period" : "no missing episode")
        }
        return percentage(tally, period)
    }
}

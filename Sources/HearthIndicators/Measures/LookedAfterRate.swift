import HearthCore

/// Children looked after at the end of the period per 10,000 children (short breaks excluded).
struct LookedAfterRate: Measure {
    let definition = IndicatorDefinition(
        id: "cla_rate", title: "Children looked after per 10,000 children",
        definition: "Children looked after at the end of the period (an episode open on that day, excluding agreed series of short breaks V3/V4), per 10,000 children aged 0 to 17.",
        numerator: "children looked after at the period end", denominator: "0–17 population ÷ 10,000",
        periodKind: .snapshot, unit: .per10k, polarity: .context, source: .ssda903,
        area: .childrenInCare,
        published: .explore(PublishedMeasure(.lookedAfterNumbers, "rate_per_10000",
            ["population_type": "Children looked after on 31 March each year"],
            polarity: .none, from: "LAC")))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, episodes) in context.care.episodesByChild {
            guard let i = CareHistory.episodeIndex(openOn: period.end, in: episodes), CareHistory.isLookedAfter(episodes[i]) else { continue }
            tally.add(childID: child, date: episodes[i].startDate, inNumerator: true,
                                 reason: "looked after (\(episodes[i].legalStatus ?? "?"), \(episodes[i].placement ?? "?"))")
        }
        return ratePer10k(tally, context, period)
    }
}

import HearthCore

/// Children on a child protection plan at the end of the period per 10,000 children.
struct ProtectionPlanRate: Measure {
    let definition = IndicatorDefinition(
        id: "cpp_rate", title: "Children on a child protection plan per 10,000 children",
        definition: "Child protection plans open at the end of the period (started on or before it, not ended by it), per 10,000 children aged 0 to 17.",
        numerator: "plans open at the period end", denominator: "0–17 population ÷ 10,000",
        periodKind: .snapshot, unit: .per10k, polarity: .context, source: .cinCensus,
        publishedMeasure: "d5_cpps_at31march_by_duration: CPP_At31")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, plans) in context.plansByChild {
            for plan in plans {
                guard let start = plan.startDate, start <= period.end else { continue }
                if let end = plan.endDate, end <= period.end { continue }
                tally.add(childID: child, date: start, inNumerator: true,
                                     reason: "plan open since \(start.uk)")
            }
        }
        return ratePer10k(tally, context, period)
    }
}

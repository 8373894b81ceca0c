import HearthCore

/// Plans ending in the period that had lasted 2 years or more (more than 729 calendar days).
struct LongProtectionPlansEnded: Measure {
    let definition = IndicatorDefinition(
        id: "cpp_2y_ended", title: "Child protection plans ending that lasted 2 years or more",
        definition: "Plans that ended in the period having lasted more than 729 days, as a percentage of plans ended in the period.",
        numerator: "plans ended in the period lasting > 729 days", denominator: "plans ended in the period",
        periodKind: .inYear, unit: .percent, polarity: .low, dayType: .calendar, source: .cinCensus,
        area: .frontDoor,
        // LAIT `CPPlans2yrs` (98), "Child Protection Plans lasting 2 years or more which
        // cease during the year", Low. DfE: plans ceasing in the year that had lasted more than 729
        // calendar days (including the day of cessation) ÷ plans ceasing, each cessation counted —
        // the indicator's definition. (Not `CPPlans2yrsActive`, the plans open at 31 March.)
        published: .lait(LAITMeasure(measure: "CPPlans2yrs", code: "98", polarity: .low)))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, plans) in context.plansByChild {
            for plan in plans {
                guard let end = plan.endDate, period.contains(end), let start = plan.startDate, start <= end else { continue }
                let days = start.days(to: end)
                tally.add(childID: child, date: end, inNumerator: days > 729,
                                     reason: "plan lasted \(days) days from \(start.uk)")
            }
        }
        return percentage(tally, period)
    }
}

import HearthCore

/// Children on a plan for at least 3 months at the period end whose reviews were all on time:
/// the first within 3 months of the plan starting, each later one within 6 months of the last,
/// and none overdue at the period end.
struct ProtectionPlanReviews: Measure {
    let definition = IndicatorDefinition(
        id: "cpp_reviews_timely", title: "Child protection plans reviewed on time",
        definition: "Children on a plan for at least 3 months at the end of the period whose reviews were all held on time (first within 3 months, then at most every 6 months), as a percentage of those children.",
        numerator: "children whose every review was on time", denominator: "children on a plan ≥ 3 months at the period end",
        periodKind: .snapshot, unit: .percent, polarity: .high, dayType: .calendar, source: .cinCensus,
        area: .frontDoor,
        // LAIT `RevCP` (19), "Review of Child Protection Cases", High. DfE: children
        // on a plan at 31 March who had been on it for at least 3 months, the percentage whose reviews
        // were all held within the required timescales (3 months, then at most 6-monthly) — the
        // indicator's definition. (`CPP_Reviewed_InReqTimeScl` and `CPP_31March_3MnthorMore`, code 19
        // too, are its numerator and denominator as counts.)
        published: .lait(LAITMeasure(measure: "RevCP", code: "19", polarity: .high)))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, plans) in context.plansByChild {
            for p in plans.indices {
                guard let start = plans[p].startDate, start.adding(months: 3) <= period.end else { continue }
                if let end = plans[p].endDate, end <= period.end { continue }
                // Review dates nearly always come in order: then they are read where they are,
                // not filtered and sorted into a new array for every plan.
                let dates = plans[p].reviewDates
                let held = dates.lazy.filter { $0 <= period.end }
                let inOrder = dates.indices.dropFirst().allSatisfy { dates[$0 - 1] <= dates[$0] }
                let late = inOrder ? Self.firstLateReview(start: start, reviews: held, asAt: period.end)
                    : Self.firstLateReview(start: start, reviews: held.sorted(), asAt: period.end)
                tally.add(childID: child, date: start, inNumerator: late == nil,
                                     reason: late ?? "all reviews on time")
            }
        }
        return percentage(tally, period)
    }

    /// Describes the first review that was late (or is overdue at `asAt`), nil when none.
    static func firstLateReview(start: Day, reviews: some Sequence<Day>, asAt: Day) -> String? {
        var due = start.adding(months: 3)
        var last = start
        for review in reviews where review >= start {
            if review > due { return "review on \(review.uk) was due by \(due.uk)" }
            last = review
            due = review.adding(months: 6)
        }
        if asAt > due { return "review due by \(due.uk) not held (last \(last.uk))" }
        return nil
    }
}

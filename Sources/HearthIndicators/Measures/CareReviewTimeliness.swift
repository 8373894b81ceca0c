import HearthCore

/// Looked-after reviews due in the period that were held on time: the first within 20 working
/// days of the child starting to be looked after, the second within 3 months of the first, then
/// at most every 6 months (Care Planning Regulations 2010, reg. 33).
struct CareReviewTimeliness: Measure {
    let definition = IndicatorDefinition(
        id: "cla_reviews_timely", title: "Reviews of children looked after held on time",
        definition: "Reviews falling due in the period that were held by their due date (first within 20 working days of becoming looked after, second within 3 months, then every 6 months), as a percentage of reviews due in the period.",
        numerator: "reviews held by the due date", denominator: "reviews due in the period",
        periodKind: .inYear, unit: .percent, polarity: .high, dayType: .working, source: .ssda903,
        area: .childrenInCare,
        notPublishedBecause: "DfE does not publish the timeliness of reviews of children looked after.")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        let firstDayHeld = context.coverage(of: .ssda903)?.lowerBound
        for (c, (child, episodes)) in context.care.episodesByChild.enumerated() {
            let reviews = context.care.reviews[c]
            // By position: copying each episode (a dozen optional fields) cost more than the checks.
            for i in episodes.indices where episodes[i].reasonForNewEpisode == "S" && CareHistory.isLookedAfter(episodes[i]) {
                guard let start = episodes[i].startDate else { continue }
                // The period of care runs until an episode ends with a reason other than X1.
                let careEnd = episodes[i...].firstIndex { $0.endDate != nil && $0.reasonEpisodeCeased != "X1" }
                    .flatMap { episodes[$0].endDate }
                let horizon = min(period.end, careEnd ?? period.end)
                // The reviews are sorted, so those in the period of care are a run of them: a
                // slice, not a filtered copy. `next` counts from its start.
                let last = careEnd ?? .init(ordinal: .max)
                let from = reviews.firstIndex { $0 >= start } ?? reviews.endIndex
                let upTo = reviews[from...].firstIndex { $0 > last } ?? reviews.endIndex
                let held = reviews[from..<upTo]
                var due = context.calendar.adding(workingDays: 20, to: start)
                var next = held.startIndex
                // Care that began before the earliest return held has reviews we cannot see:
                // the schedule starts again from the first review held (not itself judged).
                if let heldFrom = firstDayHeld, start < heldFrom {
                    if let anchor = held.firstIndex(where: { $0 >= heldFrom }) {
                        next = anchor + 1
                        due = held[anchor].adding(months: 6)
                    } else {
                        due = heldFrom.adding(months: 6)
                        next = held.endIndex
                    }
                }
                while due <= horizon {
                    if next < held.endIndex {
                        let r = held[next]
                        if period.contains(due) {
                            tally.add(childID: child, date: due, inNumerator: r <= due,
                                                 reason: r <= due ? "held \(r.uk), due by \(due.uk)" : "held \(r.uk), late: due by \(due.uk)")
                        }
                        next += 1
                        due = next == held.startIndex + 1 ? r.adding(months: 3) : r.adding(months: 6)
                    } else {
                        // A review never held stays overdue for as long as the child is in care.
                        if horizon >= period.start {
                            tally.add(childID: child, date: due, inNumerator: false,
                                                 reason: "due by \(due.uk), not held")
                        }
                        break
                    }
                }
            }
        }
        return percentage(tally, period)
    }
}

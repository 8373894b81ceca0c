import HearthCore

/// Assessments completed (authorised) in the period within 45 working days of the referral.
struct AssessmentTimeliness: Measure {
    static let limit = 45

    let definition = IndicatorDefinition(
        id: "assessments_45wd", title: "Assessments completed within 45 working days",
        definition: "Assessments authorised in the period whose authorisation was within 45 working days of the referral, as a percentage of assessments authorised in the period.",
        numerator: "assessments authorised in the period, referral → authorisation ≤ 45 working days",
        denominator: "assessments authorised in the period (with a referral date)",
        periodKind: .inYear, unit: .percent, polarity: .high, dayType: .working, source: .cinCensus,
        publishedMeasure: "CIN census table C2: assessments completed within 45 working days")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for a in context.assessments {
            guard let done = a.authorised, period.contains(done), let referral = a.referralDate, referral <= done else { continue }
            let wd = context.calendar.workingDays(from: referral, to: done)
            tally.add(childID: a.childID, date: done, inNumerator: wd <= Self.limit,
                                 reason: "authorised \(wd) working days after referral on \(referral.uk)")
        }
        return percentage(tally, period)
    }
}

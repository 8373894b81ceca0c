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
        area: .frontDoor,
        // LAIT `Continue_Assess_Comp` (304), "Continuous assessments completed within
        // 45 working days", High. DfE: single continuous assessments with an end date in the year
        // ending 31 March, the percentage completed within 45 working days of the referral — the
        // indicator's numerator and denominator. (The dictionary's methodology line describes the
        // count; the value LAIT holds is the percentage: England 2024-25 85.7%.)
        published: .lait(LAITMeasure(measure: "Continue_Assess_Comp", code: "304", polarity: .high)),
        englandDefault: 85.7,
        headline: true)

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

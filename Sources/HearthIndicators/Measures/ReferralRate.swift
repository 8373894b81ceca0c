import HearthCore

/// Referrals received in the period per 10,000 children aged 0–17. Each referral counts.
struct ReferralRate: Measure {
    let definition = IndicatorDefinition(
        id: "referrals_rate", title: "Referrals per 10,000 children",
        definition: "Referrals received in the period, per 10,000 children aged 0 to 17. Each referral counts; a child may have several.",
        numerator: "referrals with a referral date in the period", denominator: "ONS mid-year population aged 0–17 ÷ 10,000",
        periodKind: .inYear, unit: .per10k, polarity: .context, source: .cinCensus,
        area: .frontDoor,
        published: .explore(PublishedMeasure(.referrals, "referral_count",
            kind: .ratePer10kFromCount,
            polarity: .none, from: "CPP_Total_Rateper10,000")))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for r in context.referrals where period.contains(r.date) {
            tally.add(childID: r.childID, date: r.date, inNumerator: true, reason: "referral received")
        }
        return ratePer10k(tally, context, period)
    }
}

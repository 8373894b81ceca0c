import HearthCore

/// Referrals in the period that led to no further action.
struct ReferralsNFA: Measure {
    let definition = IndicatorDefinition(
        id: "referrals_nfa", title: "Referrals with no further action",
        definition: "Referrals in the period recorded as no further action (ReferralNFA), as a percentage of referrals in the period.",
        numerator: "referrals in the period with ReferralNFA true", denominator: "referrals in the period",
        periodKind: .inYear, unit: .percent, polarity: .context, source: .cinCensus,
        area: .frontDoor,
        published: .explore(PublishedMeasure(.referrals, "no_further_action_percent",
            polarity: .none, from: "CIN_Refferals_NFA")))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for r in context.referrals where period.contains(r.date) {
            tally.add(childID: r.childID, date: r.date, inNumerator: r.nfa,
                      reason: r.nfa ? "no further action" : "went on to assessment or services")
        }
        return percentage(tally, period)
    }
}

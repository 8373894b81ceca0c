import HearthCore

/// Referrals per contact at the front door (a local measure from Annex A lists 1 and 3).
struct ContactConversion: Measure {
    let definition = IndicatorDefinition(
        id: "contact_conversion", title: "Contacts that became referrals",
        definition: "Referrals received in the period (Annex A list 3) as a percentage of contacts received in the period (Annex A list 1). Local measure: DfE does not collect contacts.",
        numerator: "Annex A list 3 referrals in the period", denominator: "Annex A list 1 contacts in the period",
        periodKind: .inYear, unit: .percent, polarity: .context, source: .annexA,
        area: .frontDoor,
        notPublishedBecause: "Contacts are not collected by DfE (Annex A only), so there is no published figure to compare with.")

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        guard let annexA = context.dataset.annexA else {
            return IndicatorResult(id: definition.id, period: period, value: nil, numerator: 0, denominator: 0,
                                   members: [], note: "no Annex A lists held")
        }
        let contacts = annexA[.contacts].filter { $0.date.map(period.contains) ?? false }
        let referrals = annexA[.referrals].filter { $0.date.map(period.contains) ?? false }
        var members = contacts.map { IndicatorResult.Member(childID: $0.id, date: $0.date, inNumerator: false, reason: "contact") }
        members += referrals.map { IndicatorResult.Member(childID: $0.id, date: $0.date, inNumerator: true, reason: "referral") }
        let n = Double(referrals.count), d = Double(contacts.count)
        return IndicatorResult(id: definition.id, period: period, value: d > 0 ? n / d * 100 : nil,
                               numerator: n, denominator: d, members: members,
                               note: d > 0 ? nil : "no contacts in Annex A list 1 for this period")
    }
}

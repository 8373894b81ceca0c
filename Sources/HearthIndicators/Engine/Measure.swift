import HearthCore

/// One indicator's rule: reads the context, returns the value and the records behind it.
/// Measures are pure functions of the dataset, so results do not depend on row order.
public protocol Measure: Sendable {
    var definition: IndicatorDefinition { get }
    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult
}

extension Measure {
    /// A percentage of members in the numerator.
    func percentage(_ members: [IndicatorResult.Member], _ period: ReportingPeriod) -> IndicatorResult {
        let sorted = members.sorted(by: Self.memberOrder)
        let n = Double(sorted.filter(\.inNumerator).count), d = Double(sorted.count)
        return IndicatorResult(id: definition.id, period: period, value: d > 0 ? n / d * 100 : nil,
                               numerator: n, denominator: d, members: sorted,
                               note: d > 0 ? nil : "nothing in the denominator for this period")
    }

    /// A count per 10,000 children aged 0–17.
    func ratePer10k(_ members: [IndicatorResult.Member], _ context: IndicatorContext,
                    _ period: ReportingPeriod) -> IndicatorResult {
        let sorted = members.sorted(by: Self.memberOrder)
        let n = Double(sorted.count)
        guard let pop = context.population, pop > 0 else {
            return IndicatorResult(id: definition.id, period: period, value: nil, numerator: n, denominator: 0,
                                   members: sorted, note: "no 0–17 population known for this authority")
        }
        return IndicatorResult(id: definition.id, period: period, value: n * 10_000 / Double(pop),
                               numerator: n, denominator: Double(pop), members: sorted)
    }

    /// Deterministic order for drill-down lists whatever the input order.
    static func memberOrder(_ a: IndicatorResult.Member, _ b: IndicatorResult.Member) -> Bool {
        let ad = a.date ?? Day(ordinal: .min), bd = b.date ?? Day(ordinal: .min)
        if ad != bd { return ad < bd }
        if a.childID != b.childID { return a.childID < b.childID }
        return a.reason < b.reason
    }
}

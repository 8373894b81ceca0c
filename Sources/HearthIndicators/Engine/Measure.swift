import HearthCore

/// One indicator's rule: reads the context, returns the value and the records behind it.
/// Measures are pure functions of the dataset, so results do not depend on row order.
public protocol Measure: Sendable {
    var definition: IndicatorDefinition { get }
    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult
}

extension Measure {
    /// A percentage of the tally in the numerator.
    func percentage(_ t: Tally, _ period: ReportingPeriod) -> IndicatorResult {
        let n = Double(t.numerator), d = Double(t.denominator)
        return IndicatorResult(id: definition.id, period: period, value: d > 0 ? n / d * 100 : nil,
                               numerator: n, denominator: d, members: t.members,
                               note: d > 0 ? nil : "nothing in the denominator for this period")
    }

    /// A count per 10,000 children aged 0–17.
    func ratePer10k(_ t: Tally, _ context: IndicatorContext, _ period: ReportingPeriod) -> IndicatorResult {
        let n = Double(t.denominator)
        guard let pop = context.population, pop > 0 else {
            return IndicatorResult(id: definition.id, period: period, value: nil, numerator: n, denominator: 0,
                                   members: t.members, note: "no 0–17 population known for this authority")
        }
        return IndicatorResult(id: definition.id, period: period, value: n * 10_000 / Double(pop),
                               numerator: n, denominator: Double(pop), members: t.members)
    }
}

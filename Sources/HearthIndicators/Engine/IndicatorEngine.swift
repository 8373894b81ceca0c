import HearthCore

/// Computes indicators from a dataset. Pure: the same dataset and period give the same result.
public struct IndicatorEngine: Sendable {
    public let context: IndicatorContext
    public let catalogue: IndicatorCatalogue

    public init(context: IndicatorContext, catalogue: IndicatorCatalogue = .standard) {
        self.context = context
        self.catalogue = catalogue
    }

    public init(dataset: Dataset, population: Int? = nil) {
        self.init(context: IndicatorContext(dataset: dataset, population: population))
    }

    /// One indicator with the records behind it (the drill-down).
    public func compute(_ id: IndicatorID, over period: ReportingPeriod, members: Bool = true) throws(IndicatorError) -> IndicatorResult {
        guard let measure = catalogue.measure(id) else { throw .unknownIndicator(id) }
        return evaluate(measure, period, members: members)
    }

    /// Every indicator; the records behind them only when asked, as the counts are far cheaper.
    public func computeAll(over period: ReportingPeriod, members: Bool = false) -> [IndicatorResult] {
        // Measures only read the context: they run side by side, results in catalogue order.
        let measures = catalogue.measures
        return Parallel.map(measures.count) { evaluate(measures[$0], period, members: members) }
    }

    private func evaluate(_ measure: any Measure, _ period: ReportingPeriod, members: Bool) -> IndicatorResult {
        if let why = context.outsideCoverage(measure.definition, period) {
            return IndicatorResult(id: measure.definition.id, period: period, value: nil, numerator: 0, denominator: 0,
                                   members: [], note: why)
        }
        var context = self.context
        context.keepsMembers = members
        return measure.evaluate(context, over: period)
    }
}

public enum IndicatorError: Error, Equatable, CustomStringConvertible {
    case unknownIndicator(IndicatorID)

    public var description: String {
        switch self {
        case .unknownIndicator(let id): "no indicator with id \"\(id)\" (hearth indicators --list shows them)"
        }
    }
}

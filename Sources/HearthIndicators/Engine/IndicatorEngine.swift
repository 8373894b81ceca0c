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

    public func compute(_ id: String, over period: ReportingPeriod) throws(IndicatorError) -> IndicatorResult {
        guard let measure = catalogue.measure(id) else { throw .unknownIndicator(id) }
        return evaluate(measure, period)
    }

    public func computeAll(over period: ReportingPeriod) -> [IndicatorResult] {
        catalogue.measures.map { evaluate($0, period) }
    }

    private func evaluate(_ measure: any Measure, _ period: ReportingPeriod) -> IndicatorResult {
        if let why = context.outsideCoverage(measure.definition, period) {
            return IndicatorResult(id: measure.definition.id, period: period, value: nil, numerator: 0, denominator: 0,
                                   members: [], note: why)
        }
        return measure.evaluate(context, over: period)
    }
}

public enum IndicatorError: Error, Equatable, CustomStringConvertible {
    case unknownIndicator(String)

    public var description: String {
        switch self {
        case .unknownIndicator(let id): "no indicator with id \"\(id)\" (hearth indicators --list shows them)"
        }
    }
}

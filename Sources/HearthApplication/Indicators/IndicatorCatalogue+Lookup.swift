import HearthIndicators

extension IndicatorCatalogue {
    /// The definition of the indicator a page or an API call named; one the catalogue does not
    /// hold is `ApplicationError.notFound` (a 404).
    public func definition(named id: String?) throws(ApplicationError) -> IndicatorDefinition {
        guard let id, let measure = measure(IndicatorID(id)) else { throw .notFound("There is no such indicator.") }
        return measure.definition
    }
}

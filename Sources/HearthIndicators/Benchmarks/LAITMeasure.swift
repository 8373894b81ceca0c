import HearthData

/// Where Hearth reads an indicator's DfE published figure in LAIT (the shipped cut in
/// `published/lait`), because the Explore Education Statistics files Hearth ships do not hold it.
///
/// Each mapping names the LAIT measure by `Measure_short` and `Measure_code`, and carries DfE's
/// polarity as the data dictionary gives it: ranks follow DfE's reading of the measure, not the
/// catalogue's. A LAIT measure is mapped only where its description and methodology describe
/// the figure the indicator computes; where a detail differs the mapping says which. Each
/// indicator names its own on its definition, with the reading beside it.
public struct LAITMeasure: Sendable, Hashable {
    /// LAIT's `Measure_short`: the `measure` column of the long table.
    public let measure: String
    /// LAIT's `Measure_code`, as the dictionary and the LAIT site name the measure.
    public let code: String
    /// The dictionary's `Polarity` for the measure.
    public let polarity: PublishedPolarity

    public init(measure: String, code: String, polarity: PublishedPolarity) {
        self.measure = measure
        self.code = code
        self.polarity = polarity
    }
}

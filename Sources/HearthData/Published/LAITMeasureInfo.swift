/// One row of LAIT's data dictionary: DfE's definition of a measure and how it is published.
public struct LAITMeasureInfo: Sendable, Hashable {
    /// LAIT's `Measure_code` (several measures may share one, e.g. the four ICPC bands are 268).
    public let code: String
    /// LAIT's `Measure_short`, the key of the long table's `measure` column.
    public let short: String
    /// The measure's title as LAIT shows it.
    public let title: String
    public let polarity: PublishedPolarity
    /// Decimal places DfE publishes the figure to; nil where the dictionary says "NA" (the
    /// values then carry their published digits and only floating-point error is rounded away).
    public let decimalPlaces: Int?
    /// "Financial Year", "Annual (end of Sept)", "Academic Year", …
    public let yearType: String
    /// DfE's description of the measure, the text a mapping is checked against.
    public let description: String

    public init(code: String, short: String, title: String, polarity: PublishedPolarity, decimalPlaces: Int?,
                yearType: String, description: String) {
        self.code = code
        self.short = short
        self.title = title
        self.polarity = polarity
        self.decimalPlaces = decimalPlaces
        self.yearType = yearType
        self.description = description
    }
}

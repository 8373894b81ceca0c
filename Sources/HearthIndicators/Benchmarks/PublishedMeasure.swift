import HearthData

/// Where DfE publishes the figure an indicator corresponds to, in the Explore Education
/// Statistics files Hearth ships, and which way DfE reads it.
public struct PublishedMeasure: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The value column as published.
        case asPublished
        /// A count published without a rate: Hearth divides by the ONS 0–17 population DfE uses
        /// (mid-year estimate of the previous year) and multiplies by 10,000.
        case ratePer10kFromCount
        /// A share DfE publishes as its complement: 100 × (total − part) ÷ total, from the
        /// published counts of the part (`column` with `filters`) and of the total (`column` with
        /// `totalFilters`), rounded as DfE rounds the percentages of the same table (whole).
        case complementOfCount(totalFilters: [String: String])
    }

    public let file: PublishedFile
    public let column: String
    public let filters: [String: String]
    public let kind: Kind
    /// DfE's polarity for the figure: the EES files carry none, so it is the `Polarity` of the
    /// same figure in LAIT's data dictionary, named by `polarityFrom` (the opposite one for a
    /// `complementOfCount`, whose LAIT counterpart is the part left out).
    public let polarity: PublishedPolarity
    /// The LAIT measure (`Measure_short`) whose dictionary row gives the polarity; LAIT holds the
    /// same figure, year for year, as the EES column.
    public let polarityFrom: String

    public init(_ file: PublishedFile, _ column: String, _ filters: [String: String] = [:],
                kind: Kind = .asPublished, polarity: PublishedPolarity, from polarityFrom: String) {
        self.file = file
        self.column = column
        self.filters = filters
        self.kind = kind
        self.polarity = polarity
        self.polarityFrom = polarityFrom
    }
}

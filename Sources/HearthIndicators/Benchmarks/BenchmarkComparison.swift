import HearthData

/// An authority's published figure for one indicator and year beside England, its region and
/// its ten statistical neighbours, with its rank among all authorities.
public struct BenchmarkComparison: Sendable {
    public struct Area: Sendable {
        public let code: String
        public let name: String
        public let value: PublishedValue
    }

    public let indicatorID: IndicatorID
    public let year: Int
    public let authority: Area
    public let england: PublishedValue
    public let region: Area
    public let neighbours: [Area]
    /// Mean of the neighbours that have a number (LAIT's comparison).
    public let neighbourMean: Double?
    /// Median of the same (DfE dashboard's comparison).
    public let neighbourMedian: Double?
    /// Neighbours whose value is a number.
    public let neighboursWithData: Int
    /// DfE's polarity for the figure (LAIT's data dictionary): what rank 1 means.
    public let polarity: PublishedPolarity
    /// Position among the authorities with a number: 1 = best by DfE's polarity (highest for
    /// High, lowest for Low); 1 = highest where DfE gives no polarity, which is then a position,
    /// not a verdict. Nil when the authority has no number.
    public let rank: Int?
    public let rankedAuthorities: Int
    /// 1 = the quarter that ranks first (best, or highest without a polarity) … 4 = last.
    public let quartile: Int?
    /// The authority's value in each year the file holds, oldest first.
    public let series: [(year: Int, value: PublishedValue)]
    /// How the figure was obtained (as published, or derived from a published count).
    public let basis: String
}

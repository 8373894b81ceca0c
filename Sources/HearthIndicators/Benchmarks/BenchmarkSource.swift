import HearthData

/// Where an indicator's DfE published figure comes from: an Explore Education Statistics file
/// (exact, as DfE released it) or, for the figures those files do not hold, DfE's LAIT data.
public enum BenchmarkSource: Sendable {
    case explore(PublishedMeasure)
    case lait(LAITMeasure)

    public var indicatorID: String {
        switch self {
        case .explore(let m): m.indicatorID
        case .lait(let m): m.indicatorID
        }
    }

    /// DfE's polarity for the figure, from LAIT's data dictionary.
    public var polarity: PublishedPolarity {
        switch self {
        case .explore(let m): m.polarity
        case .lait(let m): m.polarity
        }
    }

    /// Where the figure is read, as a page or the CLI names it.
    public var label: String {
        switch self {
        case .explore(let m) where m.kind == .asPublished:
            "\(m.file.fileName): \(m.column)"
        case .explore(let m):
            switch m.kind {
            case .complementOfCount(let total):
                "\(m.file.fileName): 100 × (\(m.column) of \(total.values.sorted().joined(separator: ", ")) − \(m.column) of "
                    + "\(m.filters.values.sorted().joined(separator: ", "))) ÷ the first"
            default:
                "\(m.file.fileName): \(m.column) ÷ ONS 0–17 population × 10,000"
            }
        case .lait(let m):
            "DfE LAIT measure \(m.code), \(m.measure) (lait_csc_long.csv)"
        }
    }

    /// Every indicator with a published figure: the EES files first, which keep their exact
    /// figures wherever LAIT holds the same measure too.
    public static let all: [BenchmarkSource] = PublishedMeasure.all.map(BenchmarkSource.explore)
        + LAITMeasure.all.filter { PublishedMeasure.forIndicator($0.indicatorID) == nil }.map(BenchmarkSource.lait)

    public static func forIndicator(_ id: String) -> BenchmarkSource? { all.first { $0.indicatorID == id } }
}

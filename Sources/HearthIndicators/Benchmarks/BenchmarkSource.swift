import HearthData

/// Where an indicator's DfE published figure comes from: an Explore Education Statistics file
/// (exact, as DfE released it) or, for the figures those files do not hold, DfE's LAIT data.
public enum BenchmarkSource: Sendable, Hashable {
    case explore(PublishedMeasure)
    case lait(LAITMeasure)

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
            // The rows read, when the column holds several figures (three health checks share one).
            "\(m.file.fileName): \(m.column)"
                + (m.filters.isEmpty ? "" : " (" + m.filters.sorted { $0.key < $1.key }.map(\.value).joined(separator: "; ") + ")")
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
}

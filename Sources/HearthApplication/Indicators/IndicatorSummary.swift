import HearthIndicators
import HearthStore

/// One indicator as the overview and its page show it: the frozen figures by year, the target
/// and RAG, the direction of travel, and the published comparison.
public struct IndicatorSummary: Sendable {
    public let definition: IndicatorDefinition
    /// The latest snapshot of each computed reporting year, oldest first.
    public let history: [IndicatorSnapshot]
    public let target: IndicatorTarget?
    public let rag: RAGStatus
    public let direction: DirectionOfTravel
    /// DfE's published figures for the authority, its neighbours, region and England (nil when
    /// the indicator is not published).
    public let published: BenchmarkComparison?
    /// England's published value by year, for the trend chart.
    public let englandByYear: [Int: Double]

    public var latest: IndicatorSnapshot? { history.last }
}

import HearthIndicators
import HearthStore

/// One indicator as the overview and its page show it: the frozen figures by year, the target
/// and RAG, the direction of travel, and the published comparison.
struct IndicatorSummary: Sendable {
    let definition: IndicatorDefinition
    /// The latest snapshot of each computed reporting year, oldest first.
    let history: [IndicatorSnapshot]
    let target: IndicatorTarget?
    let rag: RAGStatus
    let direction: DirectionOfTravel
    /// DfE's published figures for the authority, its neighbours, region and England (nil when
    /// the indicator is not published).
    let published: BenchmarkComparison?
    /// England's published value by year, for the trend chart.
    let englandByYear: [Int: Double]

    var latest: IndicatorSnapshot? { history.last }
}

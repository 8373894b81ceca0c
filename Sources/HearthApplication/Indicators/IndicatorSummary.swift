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
    /// The latest twelve months the data covers (to the last month-end of an in-year extract, else
    /// the latest reporting year), or for an Annex A measure the span its lists cover.
    public let current: IndicatorSnapshot?

    /// The figure of record: the latest twelve months, else the latest reporting year.
    public var latest: IndicatorSnapshot? { current ?? history.last }

    /// The same indicator read at another stored period: that period's figure is the one shown,
    /// and its RAG is judged against the same target.
    public func at(_ snapshot: IndicatorSnapshot, targets: TargetSet) -> IndicatorSummary {
        IndicatorSummary(definition: definition, history: history, target: target,
                         rag: targets.status(of: snapshot.value, for: definition), direction: direction,
                         published: published, englandByYear: englandByYear, current: snapshot)
    }
}

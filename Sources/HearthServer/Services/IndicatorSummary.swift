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

    /// The last six years' values, DfE's published ones filled in by Hearth's own where computed,
    /// for sparklines.
    var recentYears: [Double?] {
        var byYear: [Int: Double] = [:]
        for (year, value) in published?.series ?? [] { if let v = value.number { byYear[year] = v } }
        for snap in history { if let v = snap.value { byYear[snap.period.end.year] = v } }
        return byYear.keys.sorted().suffix(6).map { byYear[$0] }
    }
}

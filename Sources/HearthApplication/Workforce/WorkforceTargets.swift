import HearthIndicators
import HearthReports

/// A workforce census measure beside its target, the same on the workforce page and in the pack:
/// the target set in Hearth (or `targets.csv`) where there is one, else England's latest
/// published figure (as for every indicator: amber within 2 points of a percentage), and the
/// RAG of the authority's figure against it. The caseload is read against each team's own target.
public struct WorkforceTarget: Sendable {
    public let target: IndicatorTarget?
    public let rag: RAGStatus

    public init(_ m: WorkforceIndicator, value: Double?, benchmark: WorkforceBenchmark?, targets: TargetSet) {
        let england = benchmark?.england.number.map {
            IndicatorTarget(id: m.id, target: $0, tolerance: m.definition.unit == .percent ? 2 : abs($0) * 0.1,
                            source: "England, 30 September \(benchmark?.year ?? 0)")
        }
        let chosen = m.definition.polarity == .context ? nil : targets[m.id] ?? england
        target = chosen
        rag = chosen.map { TargetSet([$0]).status(of: value, for: m.definition) } ?? .neutral
    }

    /// The target as the page writes the measure ("15.0%"); "each team's" for the caseload.
    public func text(_ m: WorkforceIndicator) -> String {
        guard let target else { return m.definition.polarity == .context ? "each team's" : "–" }
        if m.definition.unit == .count { return IndicatorFormat.number(target.target) }
        return m.isRatio ? MoneyFormat.oneDecimal(target.target) : MoneyFormat.percent(target.target)
    }
}

import HearthIndicators
import HearthReports

/// The placements figures beside their targets, the same on the sufficiency page and in the
/// pack: each figure as the audience may see it, the target set in Hearth (DfE publishes none,
/// so there is no default), and the RAG against it — withheld with a figure of 1 to 5 children,
/// as every RAG beside a hidden figure is.
public struct SufficiencyTarget: Sendable {
    public let indicator: SufficiencyIndicator
    public let value: String
    public let target: String
    public let rag: Disclosed<RAGStatus>

    public var id: String { indicator.id.rawValue }
    public var title: String { indicator.definition.title }

    /// "Red", "c" (withheld), or "" when no target is set.
    public var ragText: String {
        switch rag {
        case .suppressed: "c"
        case .shown(.neutral): ""
        case .shown(let r): r.label
        }
    }

    public static func rows(_ r: SufficiencyReport, _ f: SufficiencyFigures, targets: TargetSet, disclosure: Disclosure) -> [SufficiencyTarget] {
        SufficiencyIndicator.all.map { s in
            let d = s.definition
            let shown: Disclosed<Double>? = switch d.id.rawValue {
            case "suff_unregistered": f.unregistered.map(Double.init)
            case "suff_high_cost": f.highCost.map(Double.init)
            default: f.averageWeeklyCost
            }
            let status = targets.status(of: s.value(r), for: d)
            let text = d.unit == .money ? shown?.text(MoneyFormat.pounds) ?? "–" : shown?.text(IndicatorFormat.number) ?? "–"
            return SufficiencyTarget(indicator: s, value: text,
                                     target: targets[d.id].map { d.unit == .money ? MoneyFormat.pounds($0.target) : IndicatorFormat.number($0.target) } ?? "–",
                                     rag: disclosure.beside(status, [shown]))
        }
    }
}

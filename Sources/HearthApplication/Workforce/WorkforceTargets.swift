import HearthCore
import HearthIndicators
import HearthReports

/// A workforce measure beside its target, the same on the workforce page, in the pack, the API
/// and a plan action: the target set in Hearth (or `targets.csv`) where there is one, else
/// England's latest published figure (as for every indicator: amber within 2 points of a
/// percentage), the RAG of the authority's figure against it, and its direction over the year
/// (against the same measure a year before the as-at day). The caseload is read against each
/// team's own target. A figure that counts staff and is withheld from the audience takes neither
/// RAG nor direction, since either would narrow it.
public struct WorkforceTarget: Sendable {
    public let target: IndicatorTarget?
    public let rag: RAGStatus
    public let direction: DirectionOfTravel
    /// The value as the audience may see it ("c" when withheld).
    public let shown: String
    public let withheld: Bool

    public init(_ m: WorkforceIndicator, value: Double?, benchmark: WorkforceBenchmark?, targets: TargetSet) {
        self.init(m, value: value, earlier: nil, benchmark: benchmark, targets: targets, shown: value.map { WorkforceFigures.text($0, m) } ?? "–",
                  withheld: false)
    }

    /// - Parameter earlier: the report a year before `report`'s day, for the direction (none from a census alone).
    public init(_ m: WorkforceIndicator, report: WorkforceReport, earlier: WorkforceReport?, benchmark: WorkforceBenchmark?,
                targets: TargetSet, disclosure: Disclosure) {
        let now = m.shown(report, disclosure), before = earlier.flatMap { m.shown($0, disclosure) }
        let withheld = now?.isSuppressed == true
        self.init(m, value: m.value(report), earlier: before?.isSuppressed == true ? nil : before?.shown, benchmark: benchmark,
                  targets: targets, shown: WorkforceFigures.value(m, report, disclosure), withheld: withheld)
    }

    private init(_ m: WorkforceIndicator, value: Double?, earlier: Double?, benchmark: WorkforceBenchmark?, targets: TargetSet,
                 shown: String, withheld: Bool) {
        let england = benchmark?.england.number.map {
            IndicatorTarget(id: m.id, target: $0, tolerance: m.definition.unit == .percent ? 2 : abs($0) * 0.1,
                            source: "England, 30 September \(benchmark?.year ?? 0)")
        }
        let chosen = m.definition.polarity == .context ? nil : targets[m.id] ?? england
        let judged = chosen.map { TargetSet([$0]) } ?? TargetSet([])
        target = chosen
        self.shown = shown
        self.withheld = withheld
        rag = withheld || chosen == nil ? .neutral : judged.status(of: value, for: m.definition)
        direction = withheld ? .notApplicable : judged.direction(of: [earlier, value], for: m.definition)
    }

    /// The target as the page writes the measure ("15.0%"); "each team's" for the caseload.
    public func text(_ m: WorkforceIndicator) -> String {
        guard let target else { return m.definition.polarity == .context ? "each team's" : "–" }
        return WorkforceFigures.text(target.target, m)
    }

    /// The direction in `IndicatorText`'s words, or "–" when there is no year before to compare with.
    public var directionText: String { IndicatorText.words(direction) ?? "–" }
}

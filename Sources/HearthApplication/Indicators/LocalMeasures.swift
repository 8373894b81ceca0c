import Foundation
import HearthCore
import HearthIndicators
import HearthStore

/// The authority's local measures with every value entered for them, as read from the store at
/// one moment: what the indicator service turns into summaries and series like any other.
public struct LocalMeasures: Sendable {
    public let measures: [LocalMeasure]
    /// Every value entered, by measure id, oldest entry first (corrections included).
    public let values: [String: [LocalMeasureValue]]

    public init(measures: [LocalMeasure], values: [String: [LocalMeasureValue]]) {
        self.measures = measures
        self.values = values
    }

    public func measure(_ id: String) -> LocalMeasure? { measures.first { $0.id == id } }

    /// The value of record of each period, as snapshots: a count is its own numerator (so a
    /// count of 1 to 5 children is withheld as any other is); a percentage or rate of children
    /// carries the counts entered with it.
    public func snapshots(_ id: IndicatorID, authority: String) -> [IndicatorSnapshot] {
        guard let m = measure(id.rawValue) else { return [] }
        return LocalMeasureValue.current(values[m.id] ?? []).map { Self.snapshot($0, of: m, authority: authority) }
    }

    /// One value as a snapshot: what `IndicatorText` shows (or withholds) of any figure. Every
    /// value a page or the API lists, corrections included, is shown through it.
    public static func snapshot(_ v: LocalMeasureValue, of m: LocalMeasure, authority: String) -> IndicatorSnapshot {
        IndicatorSnapshot(indicatorID: m.id, authority: authority, period: v.period, value: v.value,
                          numerator: m.unit == .count ? v.value : v.numerator ?? 0,
                          denominator: m.unit == .count ? 0 : v.denominator ?? 0,
                          note: v.note.isEmpty ? nil : v.note, computedAt: v.enteredAt, sourceSubmissionIDs: [])
    }

    /// Each measure as a summary: its history every period entered, its figure of record the
    /// latest, RAG against the target in force, direction over the latest year of periods (the
    /// first value of the twelve months to the latest period's end against the last).
    public func summaries(authority: String, targets: TargetSet) -> [IndicatorSummary] {
        measures.map { m in
            let definition = IndicatorDefinition(local: m)
            let history = snapshots(definition.id, authority: authority)
            let latest = history.last
            let lastYear = latest.map { l in history.filter { $0.period.end > l.period.end.adding(months: -12) } } ?? []
            return IndicatorSummary(definition: definition, history: history, target: targets[definition.id],
                                    rag: targets.status(of: latest?.value, for: definition),
                                    direction: targets.direction(of: lastYear.map(\.value), for: definition),
                                    published: nil, englandByYear: [:], current: latest)
        }
    }
}

extension IndicatorService {
    /// The local measures and their values, read once until the next change.
    public func localMeasures() async throws -> LocalMeasures {
        if let locals { return locals }
        let measures = try await store.localMeasures(authority: authority)
        let values = Dictionary(grouping: try await store.localMeasureValues(authority: authority), by: \.measureID)
        let read = LocalMeasures(measures: measures, values: values)
        locals = read
        return read
    }
}

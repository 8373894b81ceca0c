import Foundation
import HearthCore

/// The targets an authority works to. Read from a CSV the authority edits
/// (`id,target,tolerance,source`), over defaults taken from the national figures.
public struct TargetSet: Sendable {
    public private(set) var targets: [IndicatorID: IndicatorTarget]

    public init(_ targets: [IndicatorTarget] = []) {
        self.targets = Dictionary(targets.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
    }

    public subscript(id: IndicatorID) -> IndicatorTarget? { targets[id] }

    /// Defaults: the national (England) value as the target; a tolerance of 2 percentage points
    /// for percentages and 10% of the target for rates and days, so amber means "close".
    public static func defaults(national: [IndicatorID: Double], catalogue: IndicatorCatalogue = .standard,
                                label: String) -> TargetSet {
        var out: [IndicatorTarget] = []
        for def in catalogue.definitions where def.polarity != .context {
            guard let v = national[def.id] else { continue }
            let tolerance = def.unit == .percent ? 2.0 : abs(v) * 0.1
            out.append(IndicatorTarget(id: def.id, target: v, tolerance: tolerance, source: label))
        }
        return TargetSet(out)
    }

    /// Local targets replace the defaults they name.
    public func overriding(with local: TargetSet) -> TargetSet {
        var merged = self
        for (id, t) in local.targets { merged.targets[id] = t }
        return merged
    }

    /// Targets set in the app replace any other for their indicator: the setting in force on the
    /// day (`TargetSetting.inForce`), its source naming who set it and why.
    public func applying(_ settings: [TargetSetting], on day: Day) -> TargetSet {
        var merged = self
        for (id, s) in TargetSetting.inForce(settings, on: day) {
            let why = s.reason.isEmpty ? "" : ": \(s.reason)"
            merged.targets[IndicatorID(id)] = IndicatorTarget(id: IndicatorID(id), target: s.target, tolerance: s.tolerance,
                                                              source: "set by \(s.setBy) from \(s.from.uk)\(why)")
        }
        return merged
    }

    /// Reads `id,target,tolerance[,source]` (a heading row first; blank lines and `#` comments
    /// skipped). Throws with the line number of the first bad row.
    public init(csv text: String, knownIDs: Set<IndicatorID>) throws(TargetFileError) {
        var list: [IndicatorTarget] = []
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if i == 0 || line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 3 else { throw .badLine(i + 1, "expected id,target,tolerance") }
            guard knownIDs.contains(IndicatorID(f[0])) else { throw .badLine(i + 1, "unknown indicator id \"\(f[0])\"") }
            guard let target = Double(f[1]), target.isFinite else { throw .badLine(i + 1, "target \"\(f[1])\" is not a number") }
            guard let tol = Double(f[2]), tol >= 0 else { throw .badLine(i + 1, "tolerance \"\(f[2])\" is not a number ≥ 0") }
            list.append(IndicatorTarget(id: IndicatorID(f[0]), target: target, tolerance: tol, source: f.count > 3 && !f[3].isEmpty ? f[3] : "local"))
        }
        self.init(list)
    }

    /// RAG of `value` for indicator `definition`.
    public func status(of value: Double?, for definition: IndicatorDefinition) -> RAGStatus {
        guard let value, definition.polarity != .context, let t = targets[definition.id] else { return .neutral }
        // Distance short of the target, positive when worse.
        let shortfall = definition.polarity == .high ? t.target - value : value - t.target
        if shortfall <= 0 { return .green }
        return shortfall <= t.tolerance ? .amber : .red
    }

    /// Direction over a series of values (oldest first): the change from the first to the last,
    /// ignored when smaller than half the tolerance (or 1% of the value when there is no target).
    public func direction(of series: [Double?], for definition: IndicatorDefinition) -> DirectionOfTravel {
        let known = series.compactMap { $0 }
        guard definition.polarity != .context, known.count >= 2, let first = known.first, let last = known.last else {
            return .notApplicable
        }
        let threshold = (targets[definition.id]?.tolerance).map { $0 / 2 } ?? abs(first) * 0.01
        let change = last - first
        if abs(change) <= threshold { return .stable }
        let better = definition.polarity == .high ? change > 0 : change < 0
        return better ? .improving : .declining
    }
}

public enum TargetFileError: Error, Equatable, CustomStringConvertible {
    case badLine(Int, String)

    public var description: String {
        switch self {
        case .badLine(let n, let why): "targets file line \(n): \(why)"
        }
    }
}

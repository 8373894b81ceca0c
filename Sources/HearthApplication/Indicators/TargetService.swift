import Foundation
import HearthCore
import HearthIndicators
import HearthStore

/// Targets set in the app for any indicator or measure: the returns' indicators, the workforce
/// census measures and local measures. Each setting is kept (the history), audited, and applied
/// from its day over England's figure and `targets.csv`.
public struct TargetService: Sendable {
    let store: any Store
    let indicators: IndicatorService
    let now: @Sendable () -> Date

    public init(store: any Store, indicators: IndicatorService, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.indicators = indicators
        self.now = now
    }

    /// The definition of any indicator a target can be set for; none is a 404.
    public func definition(_ id: String) async throws -> IndicatorDefinition {
        let key = IndicatorID(id)
        if let d = indicators.catalogue.definition(key) { return d }
        if let m = try await indicators.localMeasures().measure(id) { return IndicatorDefinition(local: m) }
        throw ApplicationError.notFound("There is no such indicator or measure.")
    }

    /// The same, for a reader who may not see it (a local measure kept from boards): a 404.
    public func definition(_ id: String, for disclosure: Disclosure) async throws -> IndicatorDefinition {
        let d = try await definition(id)
        guard !disclosure.suppresses || d.boardVisible else { throw ApplicationError.notFound("There is no such indicator or measure.") }
        return d
    }

    /// Every indicator a target can be set for that `disclosure`'s reader may see, in one order:
    /// the returns', the workforce census's and the workforce's own, the placements', then the
    /// local measures (those kept from boards only for officers). What `GET /api/v1/targets` and
    /// `hearth targets list` list.
    public func targetable(for disclosure: Disclosure) async throws -> [IndicatorDefinition] {
        let c = indicators.catalogue
        return c.allDefinitions + c.workforceProfile.map(\.definition) + c.sufficiency.map(\.definition)
            + (try await indicators.localMeasures().measures).filter { !disclosure.suppresses || $0.boardVisible }
            .map(IndicatorDefinition.init(local:))
    }

    /// Sets a target from a day, with the reason. A measure read in context has none to set.
    public func set(_ id: String, target: Double, tolerance: Double, from: Day, reason: String, by user: String) async throws -> TargetSetting {
        let d = try await definition(id)
        var problems: [(field: String, message: String)] = []
        if d.polarity == .context { problems.append(("target", "\(d.title) is read in context: it has no better direction to aim for")) }
        if !target.isFinite { problems.append(("target", "Enter the target as a number")) }
        if d.unit == .percent, !(0...100).contains(target) { problems.append(("target", "A percentage target is between 0 and 100")) }
        if !tolerance.isFinite || tolerance < 0 { problems.append(("tolerance", "Enter how far short is still amber, 0 or more")) }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(("reason", "Enter why the target is set")) }
        guard problems.isEmpty else { throw LocalMeasureService.InvalidFields(problems: problems) }
        let s = TargetSetting(indicatorID: d.id.rawValue, target: target, tolerance: tolerance, from: from, reason: reason,
                              setBy: user, setAt: now())
        try await store.addTargetSetting(s, authority: indicators.authority)
        try await store.recordAudit(AuditEntry(at: now(), user: user, action: "set target",
                                               subject: "\(d.id.rawValue) \(target) ± \(tolerance) from \(from.iso)"))
        try await indicators.reloadTargets()
        return s
    }

    /// Every target set in the app for the indicator, newest first.
    public func history(_ id: String) async throws -> [TargetSetting] {
        try await store.targetSettings(authority: indicators.authority).filter { $0.indicatorID == id }.reversed()
    }
}

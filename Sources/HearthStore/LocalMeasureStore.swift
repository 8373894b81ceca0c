import HearthCore

/// Where the local measures, their values and the targets set in the app are kept, per
/// authority. Each method is one transaction: an upload of many values lands whole or not at all.
public protocol LocalMeasureStore: Sendable {
    /// Every local measure, by title.
    func localMeasures(authority: String) async throws -> [LocalMeasure]
    /// Adds a measure; `StoreError.conflict` when its id is taken.
    func addLocalMeasure(_ measure: LocalMeasure, authority: String) async throws
    /// Replaces a measure's details (its id, creator and creation stay).
    func updateLocalMeasure(_ measure: LocalMeasure, authority: String) async throws
    /// Every value ever entered for a measure (corrections included), oldest entry first.
    func localMeasureValues(measure: String, authority: String) async throws -> [LocalMeasureValue]
    /// Every value of every measure, oldest entry first: what the indicator service reads at once.
    func localMeasureValues(authority: String) async throws -> [LocalMeasureValue]
    /// Adds values, all of them or (on any failure) none.
    func addLocalMeasureValues(_ values: [LocalMeasureValue], authority: String) async throws
    /// Every target set in the app, oldest first.
    func targetSettings(authority: String) async throws -> [TargetSetting]
    func addTargetSetting(_ setting: TargetSetting, authority: String) async throws
}

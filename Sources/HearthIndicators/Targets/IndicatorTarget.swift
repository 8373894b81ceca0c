/// A target for one indicator: green at or better than `target`, amber within `tolerance` of it,
/// red beyond.
public struct IndicatorTarget: Sendable, Hashable, Codable {
    public let id: IndicatorID
    public let target: Double
    public let tolerance: Double
    /// Where the target came from ("England 2024-25", "local: improvement plan").
    public let source: String

    public init(id: IndicatorID, target: Double, tolerance: Double, source: String) {
        self.id = id
        self.target = target
        self.tolerance = tolerance
        self.source = source
    }
}

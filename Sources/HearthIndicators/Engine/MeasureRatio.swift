/// A measure kept with its parts, so a page can show "43 ÷ 138" beside "31.2%".
public struct MeasureRatio: Sendable, Hashable, Codable {
    public let numerator: Double
    public let denominator: Double

    public init(_ numerator: Double, _ denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Numerator ÷ denominator × 100; nil when the denominator is 0.
    public var percent: Double? { denominator > 0 ? numerator / denominator * 100 : nil }

    /// Numerator ÷ denominator; nil when the denominator is 0.
    public var ratio: Double? { denominator > 0 ? numerator / denominator : nil }
}

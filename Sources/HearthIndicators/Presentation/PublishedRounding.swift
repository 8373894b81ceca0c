import Foundation

/// The one rounding every displayed figure goes through: DfE's, half away from zero ("fives
/// rounded up": 81.25% is 81.3%, where `String(format:)` would give 81.2 by rounding the tie to
/// even), at a given number of decimal places.
public enum PublishedRounding {
    /// `value` rounded half away from zero to `places` decimal places.
    ///
    /// A figure such as 13 ÷ 16 × 100 is exactly 81.25, but most ties arrive a hair below or
    /// above the half after binary arithmetic (0.8125 × 100 can be 81.24999…): the scaled value
    /// is nudged away from zero by a few units in its last place before rounding, so a tie that
    /// is one in decimal is rounded as one.
    public static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return value }
        let scale = pow(10, Double(max(0, places)))
        let scaled = value * scale
        let nudged = scaled + (scaled.sign == .minus ? -1 : 1) * scaled.magnitude.ulp * 8
        let rounded = nudged.rounded(.toNearestOrAwayFromZero) / scale
        return rounded == 0 ? 0 : rounded  // never "-0.0"
    }

    /// `value` rounded as above and written with exactly `places` decimal places.
    public static func text(_ value: Double, places: Int) -> String {
        String(format: "%.\(max(0, places))f", round(value, places: places))
    }
}

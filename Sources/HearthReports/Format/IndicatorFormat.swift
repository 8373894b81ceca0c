import Foundation
import HearthIndicators

/// How indicator figures are written for people: one place, so the CLI, the pages, the API's
/// CSV and the board pack never disagree about a number.
public enum IndicatorFormat {
    /// A value in its unit ("23.4%", "45.1", "312"); "–" when there is none.
    public static func value(_ v: Double?, _ unit: IndicatorDefinition.Unit) -> String {
        guard let v else { return "–" }
        switch unit {
        case .percent: return String(format: "%.1f%%", v)
        case .per10k: return String(format: "%.1f", v)
        case .days, .count, .fte: return String(format: "%.0f", v)
        }
    }

    /// A count or a plain number: whole numbers without a decimal point.
    public static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    /// A count as it may leave the authority when `suppress` is set: 1–5 become "c".
    public static func count(_ v: Double, suppress: Bool) -> String {
        count(v, Disclosure(suppress ? .aggregate : .childLevel))
    }

    /// A count as `disclosure`'s audience may see it.
    public static func count(_ v: Double, _ disclosure: Disclosure) -> String {
        disclosure.count(v).text(number)
    }

    /// Whether a result's value must be hidden because the counts it is made of are 1–5.
    public static func isSuppressed(_ r: IndicatorResult, unit: IndicatorDefinition.Unit) -> Bool {
        isSuppressed(numerator: r.numerator, denominator: r.denominator, unit: unit)
    }

    /// `Disclosure`'s rule for the aggregate audience.
    public static func isSuppressed(numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit) -> Bool {
        Disclosure.hides(numerator: numerator, denominator: denominator, unit: unit)
    }

    /// A value as it may leave the authority: "c" when its counts are suppressed.
    public static func value(_ v: Double?, numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit,
                             suppress: Bool) -> String {
        figure(Disclosure(suppress ? .aggregate : .childLevel).figure(v, numerator: numerator, denominator: denominator, unit: unit), unit)
    }

    /// A disclosed figure in its unit: "c" when withheld, "–" when there is none.
    public static func figure(_ f: Disclosed<Double>?, _ unit: IndicatorDefinition.Unit) -> String {
        f.map { $0.text { value($0, unit) } } ?? value(nil, unit)
    }
}

import Foundation
import HearthIndicators

/// How indicator figures are written for people: one place, so the CLI, the pages, the API's
/// CSV and the board pack never disagree about a number.
public enum IndicatorFormat {
    /// A value in its unit ("23.4%", "45.1", "312"); "–" when there is none.
    public static func value(_ v: Double?, _ unit: IndicatorDefinition.Unit) -> String {
        guard let v else { return "–" }
        switch unit {
        case .percent: return PublishedRounding.text(v, places: 1) + "%"
        case .per10k: return PublishedRounding.text(v, places: 1)
        case .days, .count, .fte: return PublishedRounding.text(v, places: 0)
        }
    }

    /// A value of `definition` in its unit, rounded half away from zero to the decimal places DfE
    /// publishes the measure at ("11%" for placement moves, "22.6%" for re-referrals).
    public static func value(_ v: Double?, _ definition: IndicatorDefinition) -> String {
        value(v, definition.unit, places: definition.decimalPlaces)
    }

    /// A value in `unit` at `places` decimal places; "–" when there is none.
    public static func value(_ v: Double?, _ unit: IndicatorDefinition.Unit, places: Int) -> String {
        guard let v else { return "–" }
        return PublishedRounding.text(v, places: places) + (unit == .percent ? "%" : "")
    }

    /// A value of `definition` as it may leave the authority: "c" when its counts are suppressed.
    public static func value(_ v: Double?, numerator: Double, denominator: Double, definition: IndicatorDefinition,
                             suppress: Bool) -> String {
        suppress && v != nil && isSuppressed(numerator: numerator, denominator: denominator, unit: definition.unit)
            ? "c" : value(v, definition)
    }

    /// A count or a plain number: whole numbers without a decimal point.
    public static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : PublishedRounding.text(v, places: 1)
    }

    /// A count as it may leave the authority when `suppress` is set: 1–5 become "c".
    public static func count(_ v: Double, suppress: Bool) -> String {
        suppress && v == v.rounded() ? Suppression.cell(Int(v)).description : number(v)
    }

    /// Whether a result's value must be hidden because the counts it is made of are 1–5.
    public static func isSuppressed(_ r: IndicatorResult, unit: IndicatorDefinition.Unit) -> Bool {
        isSuppressed(numerator: r.numerator, denominator: r.denominator, unit: unit)
    }

    public static func isSuppressed(numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit) -> Bool {
        switch unit {
        // The denominator of a rate is the population: published, not a count of children.
        case .per10k: return Suppression.cell(Int(numerator)).isSuppressed
        // An average of days reveals little of its numerator; the number of children averaged is what counts.
        case .days: return Suppression.cell(Int(denominator)).isSuppressed
        default: return Suppression.cell(Int(numerator)).isSuppressed || Suppression.cell(Int(denominator)).isSuppressed
        }
    }

    /// A value as it may leave the authority: "c" when its counts are suppressed.
    public static func value(_ v: Double?, numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit,
                             suppress: Bool) -> String {
        suppress && v != nil && isSuppressed(numerator: numerator, denominator: denominator, unit: unit) ? "c" : value(v, unit)
    }
}

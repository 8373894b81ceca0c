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
        case .per10k, .perFTE, .score, .rate: return PublishedRounding.text(v, places: 1)
        case .days, .count, .fte: return PublishedRounding.text(v, places: 0)
        case .money: return value(v, unit, places: 0)
        case .years: return value(v, unit, places: 1)
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
        let text = PublishedRounding.text(v, places: places)
        switch unit {
        case .percent: return text + "%"
        case .money: return text.hasPrefix("-") ? "-£" + text.dropFirst() : "£" + text
        case .years: return text + " years"
        default: return text
        }
    }

    /// A count or a plain number: whole numbers without a decimal point.
    public static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : PublishedRounding.text(v, places: 1)
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

    /// A disclosed figure of `definition` at its published decimal places: "c" when withheld,
    /// "–" when there is none. Every page, the API's text, the CSV, the pack and `hearth figures`
    /// write an indicator's figure through this.
    public static func figure(_ f: Disclosed<Double>?, _ definition: IndicatorDefinition) -> String {
        f.map { $0.text { value($0, definition) } } ?? value(nil, definition)
    }

    /// A value of `definition` as `disclosure`'s audience may see it.
    public static func value(_ v: Double?, numerator: Double, denominator: Double, definition: IndicatorDefinition,
                             _ disclosure: Disclosure) -> String {
        figure(disclosure.figure(v, numerator: numerator, denominator: denominator, unit: definition.unit), definition)
    }
}

import HearthIndicators
import HearthReports

/// Shorthands over `IndicatorFormat` for child-level pages, which show exact counts.
enum IndicatorFormatShim {
    static func value(_ r: IndicatorResult, _ d: IndicatorDefinition) -> String { IndicatorFormat.value(r.value, d.unit) }
    static func number(_ v: Double) -> String { IndicatorFormat.number(v) }
}

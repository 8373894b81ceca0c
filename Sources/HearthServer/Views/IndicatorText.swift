import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// Words and numbers for one indicator summary, as every page writes them.
struct IndicatorText {
    let summary: IndicatorSummary
    /// Board members and viewers see counts of 1–5 as "c", as anything leaving the service would.
    let suppress: Bool

    var definition: IndicatorDefinition { summary.definition }

    func value(_ s: IndicatorSnapshot?) -> String {
        guard let s else { return "–" }
        return IndicatorFormat.value(s.value, numerator: s.numerator, denominator: s.denominator, unit: definition.unit, suppress: suppress)
    }

    func count(_ v: Double) -> String { IndicatorFormat.count(v, suppress: suppress) }

    func plain(_ v: Double?) -> String { IndicatorFormat.value(v, definition.unit) }

    var ragClass: String { "rag-" + summary.rag.rawValue }

    var directionText: String {
        switch summary.direction {
        case .improving: "Improving"
        case .declining: "Getting worse"
        case .stable: "No real change"
        case .notApplicable: summary.history.count < 2 ? "One year computed" : "Read in context"
        }
    }

    var directionSymbol: String {
        switch summary.direction {
        case .improving: "▲"
        case .declining: "▼"
        case .stable: "▶"
        case .notApplicable: ""
        }
    }

    static func yearLabel(_ endingIn: Int) -> String { ReportingPeriod.financialYear(endingIn).label }

    /// A published figure in the indicator's unit, or its symbol ("c", "x") when there is none.
    static func publishedText(_ v: PublishedValue, _ unit: IndicatorDefinition.Unit) -> String {
        v.number.map { IndicatorFormat.value($0, unit) } ?? v.description
    }

    var englandLatest: (year: Int, value: Double)? {
        summary.englandByYear.keys.max().flatMap { y in summary.englandByYear[y].map { (y, $0) } }
    }

    /// "Better than England (22.0%)", judged by polarity; plain when there is no polarity.
    var comparisonWithEngland: String? {
        guard let england = englandLatest, let value = summary.latest?.value else { return nil }
        let e = plain(england.value)
        if definition.polarity == .context || value == england.value { return "England \(e) (\(Self.yearLabel(england.year)))" }
        let better = definition.polarity == .high ? value > england.value : value < england.value
        return (better ? "Better than" : "Worse than") + " England: \(e) (\(Self.yearLabel(england.year)))"
    }

    var neighbourMean: String? {
        summary.published?.neighbourMean.map { "Statistical neighbours \(plain($0)) (\(Self.yearLabel(summary.published?.year ?? 0)))" }
    }
}

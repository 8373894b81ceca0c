import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// Words and numbers for one indicator summary, as every page, the API, the CSV and the board
/// pack write them, through `Disclosure` for the reader's audience: a figure, RAG rating,
/// direction of travel or chart point made of a hidden count is hidden with it.
public struct IndicatorText {
    public let summary: IndicatorSummary
    public let disclosure: Disclosure

    public init(summary: IndicatorSummary, disclosure: Disclosure) {
        self.summary = summary
        self.disclosure = disclosure.about(summary.definition)
    }

    public var definition: IndicatorDefinition { summary.definition }

    /// One year's figure as the audience may see it; nil when there is none.
    public func figure(_ s: IndicatorSnapshot?) -> Disclosed<Double>? {
        s.flatMap { disclosure.figure($0.value, numerator: $0.numerator, denominator: $0.denominator, unit: definition.unit) }
    }

    /// Every computed year's figure, oldest first: what the direction of travel is judged from.
    public var figures: [Disclosed<Double>?] { summary.history.map(figure) }

    public func value(_ s: IndicatorSnapshot?) -> String { IndicatorFormat.figure(figure(s), definition) }

    /// A snapshot's numerator and denominator as text ("c" where withheld).
    public func terms(_ s: IndicatorSnapshot) -> (numerator: String, denominator: String) {
        let t = disclosure.terms(numerator: s.numerator, denominator: s.denominator, unit: definition.unit)
        return (t.numerator.text(IndicatorFormat.number), t.denominator.text(IndicatorFormat.number))
    }

    /// A snapshot's numerator and denominator as numbers the audience may see (nil where withheld).
    public func shownTerms(_ s: IndicatorSnapshot) -> (numerator: Double?, denominator: Double?) {
        let t = disclosure.terms(numerator: s.numerator, denominator: s.denominator, unit: definition.unit)
        return (t.numerator.shown, t.denominator.shown)
    }

    /// The computation's note on a snapshot, its small counts withheld.
    public func note(_ s: IndicatorSnapshot?) -> String? { s?.note.map(disclosure.sentence) }

    public func plain(_ v: Double?) -> String { IndicatorFormat.value(v, definition) }

    /// The RAG rating, withheld with the latest figure it is judged from.
    public var rag: Disclosed<RAGStatus> { disclosure.beside(summary.rag, [figure(summary.latest)]) }

    /// The direction of travel, withheld when any year it is judged from is.
    public var direction: Disclosed<DirectionOfTravel> { disclosure.beside(summary.direction, figures) }

    public var ragClass: String { "rag-" + (rag.shown ?? .neutral).rawValue }

    public var ragLabel: String {
        summary.latest?.value == nil ? "No figure" : rag.text(\.label)
    }

    public var directionText: String {
        switch direction {
        case .suppressed: "Not shown (c)"
        case .shown(let d): Self.words(d) ?? (summary.history.count < 2 ? "One year computed" : "Read in context")
        }
    }

    /// A direction in words, the same for every kind of figure; nil when there is none to state.
    public static func words(_ direction: DirectionOfTravel) -> String? {
        switch direction {
        case .improving: "Improving"
        case .declining: "Getting worse"
        case .stable: "No real change"
        case .notApplicable: nil
        }
    }

    public var directionSymbol: String {
        switch direction {
        case .shown(.improving): "▲"
        case .shown(.declining): "▼"
        case .shown(.stable): "▶"
        case .shown(.notApplicable), .suppressed: ""
        }
    }

    /// "2024-25"; "year not known" for a year no return could carry (an Annex A with no dates is
    /// filed under year 0), rather than a label such as "-1-00".
    public static func yearLabel(_ endingIn: Int) -> String {
        (1900...2200).contains(endingIn) ? ReportingPeriod.financialYear(endingIn).label : "year not known"
    }

    /// A published figure in the indicator's unit and decimal places, or its symbol ("c", "x")
    /// when there is none.
    public static func publishedText(_ v: PublishedValue, _ definition: IndicatorDefinition) -> String {
        v.number.map { IndicatorFormat.value($0, definition) } ?? v.description
    }

    /// DfE's published figure for the year of Hearth's latest, labelled, to stand beside Hearth's
    /// own (never in its place): "DfE published 2024-25: 51%". DfE's figures are public already.
    public var publishedBeside: String? {
        guard let latest = summary.latest,
              let v = summary.published?.series.first(where: { $0.year == latest.period.end.year })?.value else { return nil }
        return "DfE published \(latest.period.label): \(Self.publishedText(v, definition))"
    }

    public var englandLatest: (year: Int, value: Double)? {
        summary.englandByYear.keys.max().flatMap { y in summary.englandByYear[y].map { (y, $0) } }
    }

    /// "Better than England (22.0%)", judged by polarity; plain when there is no polarity or when
    /// the authority's figure is withheld (better or worse would narrow it).
    public var comparisonWithEngland: String? {
        guard let england = englandLatest, let latest = figure(summary.latest) else { return nil }
        let e = plain(england.value)
        // Better or worse only where DfE's dictionary reads the measure one way (as rank and
        // quartile do); where DfE gives no polarity, the comparison is stated, not judged.
        let judged = definition.polarity != .context && summary.published.map { $0.polarity != .none } ?? true
        guard let value = latest.shown, judged, value != england.value else {
            return "England \(e) (\(Self.yearLabel(england.year)))"
        }
        let better = definition.polarity == .high ? value > england.value : value < england.value
        return (better ? "Better than" : "Worse than") + " England: \(e) (\(Self.yearLabel(england.year)))"
    }

    public var neighbourMean: String? {
        summary.published?.neighbourMean.map { "Statistical neighbours \(plain($0)) (\(Self.yearLabel(summary.published?.year ?? 0)))" }
    }

    /// The last six computed years' figures for a sparkline, as this audience may see them (a
    /// withheld or missing year has no point). Hearth's own only: a line that ran on into DfE's
    /// published figures where Hearth computed none would pass one source off as the other.
    public var recentYears: [Double?] {
        summary.history.suffix(6).map { figure($0)?.shown }
    }

    /// What a sparkline of `recentYears` is called.
    public var sparklineLabel: String {
        definition.source == .local ? "\(definition.title), \(origin.lowercased()), by period" : "\(definition.title), Hearth from your returns, by year"
    }

    /// The target in force in words, as the indicator's and the local measure's pages say it.
    public var targetText: String {
        summary.target.map { "Target \(plain($0.target)), amber within \(plain($0.tolerance)) (\($0.source))" }
            ?? (definition.polarity == .context ? "Read in context: no target" : "No target set")
    }

    /// Where the figure comes from, as a tile and the pack say it.
    public var origin: String {
        definition.source == .local ? "Local measure, entered in Hearth" : "Hearth, from your returns"
    }
}

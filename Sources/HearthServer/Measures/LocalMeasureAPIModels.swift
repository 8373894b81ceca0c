import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports

/// The JSON of `/api/v1/measures` and `/api/v1/targets`.
enum LocalMeasureAPIModels {
    /// A measure as a client makes or changes it.
    struct MeasureBody: Decodable {
        let title: String?; let definition: String?; let unit: String?; let polarity: String?; let frequency: String?
        let area: String?; let owner: String?; let source: String?; let boardVisible: Bool?; let countsChildren: Bool?
    }

    /// One period's value as a client sends it.
    struct ValueBody: Decodable {
        let period: String?; let value: Double?; let numerator: Double?; let denominator: Double?; let note: String?
    }

    struct TargetBody: Decodable {
        let target: Double?; let tolerance: Double?; let from: String?; let reason: String?
    }

    /// One value as the reader may see it: the figure and counts null where withheld.
    struct Value: Encodable {
        let period: String
        let periodStart: String
        let periodEnd: String
        let value: Double?
        let text: String
        let numerator: Double?
        let denominator: Double?
        let note: String
        let enteredBy: String
        let enteredAt: Date
        /// False for a value a later entry for the same period corrected.
        let current: Bool
    }

    struct Measure: Encodable {
        let id: String
        let title: String
        let definition: String
        let unit: String
        let polarity: String
        let frequency: String
        let area: String
        let owner: String
        let source: String
        let boardVisible: Bool
        let countsChildren: Bool
        let createdBy: String
        let createdAt: Date
        /// The figure of record, RAG, direction and target as every indicator's (`IndicatorFigure`).
        let figure: IndicatorFigure
        let href: String
        /// Every value entered, newest entry first (only in the answer for one measure).
        let values: [Value]?
    }

    static func measure(_ m: LocalMeasure, _ s: IndicatorSummary, disclosure: Disclosure, entries: [LocalMeasureValue]?) -> Measure {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        var seen = Set<Day>()
        let values = entries.map { list in
            list.map { v -> Value in
                let fresh = seen.insert(v.period.start).inserted
                let snap = LocalMeasures.snapshot(v, of: m, authority: s.latest?.authority ?? "")
                let terms = text.shownTerms(snap)
                return Value(period: m.frequency.text(v.period), periodStart: v.period.start.iso, periodEnd: v.period.end.iso,
                             value: text.figure(snap)?.shown, text: text.value(snap),
                             numerator: v.numerator == nil ? nil : terms.numerator, denominator: v.denominator == nil ? nil : terms.denominator,
                             note: text.note(snap) ?? "", enteredBy: v.enteredBy, enteredAt: v.enteredAt, current: fresh)
            }
        }
        return Measure(id: m.id, title: m.title, definition: m.definition, unit: m.unit.rawValue, polarity: m.polarity.rawValue,
                       frequency: m.frequency.rawValue, area: m.area.rawValue, owner: m.owner, source: m.source,
                       boardVisible: m.boardVisible, countsChildren: m.countsChildren, createdBy: m.createdBy, createdAt: m.createdAt,
                       figure: IndicatorFigure(s, disclosure: disclosure), href: Site.measure(m.id), values: values)
    }

    struct Setting: Encodable {
        let target: Double
        let tolerance: Double
        let from: String
        let reason: String
        let setBy: String
        let setAt: Date

        init(_ s: TargetSetting) {
            target = s.target
            tolerance = s.tolerance
            from = s.from.iso
            reason = s.reason
            setBy = s.setBy
            setAt = s.setAt
        }
    }

    struct Target: Encodable {
        let id: String
        let title: String
        /// The target in force (England's figure, the targets file or a setting); null when none.
        let target: Double?
        let tolerance: Double?
        let source: String?
        /// Every target set in Hearth, newest first (only in the answer for one indicator).
        let history: [Setting]?
    }
}

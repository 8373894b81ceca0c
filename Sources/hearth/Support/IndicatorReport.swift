import Foundation
import HearthCore
import HearthIndicators
import HearthReports

/// The table, CSV and JSON forms of `hearth indicators`.
enum IndicatorReport {
    struct Options {
        let targets: TargetSet
        /// Counts of 1–5, and values computed from them, shown as "c".
        let suppress: Bool
        /// Labels of the earlier periods, oldest first.
        let earlier: [String]

        /// The disclosure control every board-visible output goes through.
        var disclosure: Disclosure { Disclosure(suppress ? .aggregate : .childLevel) }
    }

    static func formatted(_ v: Double?, _ d: IndicatorDefinition) -> String { IndicatorFormat.value(v, d) }

    static func number(_ v: Double) -> String { IndicatorFormat.number(v) }

    /// A count as shown: suppressed when asked and 1–5.
    static func count(_ v: Double, _ o: Options) -> String { IndicatorFormat.count(v, o.disclosure) }

    /// The numerator and denominator as shown: withheld with the value where they would give it
    /// back (37 of 40 gives the 3).
    static func terms(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) -> (numerator: String, denominator: String) {
        let t = o.disclosure.terms(numerator: r.numerator, denominator: r.denominator, unit: d.unit)
        return (t.numerator.text(number), d.unit == .per10k ? number(r.denominator) : t.denominator.text(number))
    }

    /// The RAG as shown: withheld beside a withheld value, which it would narrow.
    static func rag(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options, code: Bool = false) -> String {
        let status = o.targets.status(of: r.value, for: d)
        if r.value == nil { return code ? status.rawValue : "–" }
        return o.disclosure.beside(status, [figure(r, d, o)]).text(code ? \.rawValue : \.label)
    }

    /// The direction as shown: withheld when the value it ends on is (earlier periods are not
    /// shown at all when suppressing).
    static func travel(_ direction: DirectionOfTravel, _ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) -> String {
        o.disclosure.beside(direction, [figure(r, d, o)]).text(\.rawValue)
    }

    private static func figure(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) -> Disclosed<Double>? {
        o.disclosure.figure(r.value, numerator: r.numerator, denominator: r.denominator, unit: d.unit)
    }

    /// The value as shown: hidden when the counts it is made of are.
    static func value(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) -> String {
        IndicatorFormat.value(r.value, numerator: r.numerator, denominator: r.denominator, definition: d,
                              Disclosure(o.suppress ? .aggregate : .childLevel))
    }

    static func all(_ results: [IndicatorResult], catalogue: IndicatorCatalogue, history: [IndicatorID: [Double?]],
                    options o: Options, format: OutputFormat, authority: String?) -> String {
        let rows = results.compactMap { r -> (IndicatorDefinition, IndicatorResult)? in
            catalogue.measure(r.id).map { ($0.definition, r) }
        }
        func trend(_ d: IndicatorDefinition, _ r: IndicatorResult) -> DirectionOfTravel {
            o.targets.direction(of: (history[d.id] ?? []) + [r.value], for: d)
        }
        switch format {
        case .table:
            var t = TextTable(["indicator"] + o.earlier + ["value", "numerator", "denominator", "target", "RAG", "travel"])
            for (d, r) in rows {
                let past = (history[d.id] ?? []).map { o.suppress ? "" : formatted($0, d) }
                let (n, dn) = terms(r, d, o)
                t.add([d.title] + past + [value(r, d, o), n, d.unit == .per10k ? "pop \(dn)" : dn,
                       o.targets[d.id].map { formatted($0.target, d) } ?? "",
                       rag(r, d, o), travel(trend(d, r), r, d, o)])
            }
            let head = "\(authority.flatMap { AuthorityDirectory.shipped[$0]?.name } ?? "Authority"): \(results.first?.period.label ?? "")"
                + (o.suppress ? " (counts of 1 to 5 suppressed as c)" : "")
            return head + "\n\n" + t.render()
        case .csv:
            var lines = ["id,title,period,value,numerator,denominator,unit,target,rag,travel,note"]
            for (d, r) in rows {
                let (n, dn) = terms(r, d, o)
                lines.append([d.id.rawValue, d.title, r.period.label, o.suppress ? value(r, d, o) : (r.value.map { String($0) } ?? ""),
                              n, dn, d.unit.rawValue,
                              o.targets[d.id].map { String($0.target) } ?? "",
                              rag(r, d, o, code: true),
                              travel(trend(d, r), r, d, o), (r.note.map(o.disclosure.sentence)) ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .json:
            return encode(rows.map { d, r in
                Row(definition: d, result: Summary(r, d, o), target: o.targets[d.id], rag: rag(r, d, o, code: true),
                    travel: travel(trend(d, r), r, d, o), earlier: zip(o.earlier, history[d.id] ?? []).map { Earlier(period: $0, value: o.suppress ? nil : $1) })
            })
        }
    }

    static func single(_ r: IndicatorResult, definition d: IndicatorDefinition, history: [Double?], options o: Options,
                       children: Bool, format: OutputFormat) -> String {
        let travel = o.targets.direction(of: history + [r.value], for: d)
        switch format {
        case .json:
            if children { return encode(r) }
            return encode(Row(definition: d, result: Summary(r, d, o), target: o.targets[d.id], rag: rag(r, d, o, code: true),
                              travel: IndicatorReport.travel(travel, r, d, o), earlier: zip(o.earlier, history).map { Earlier(period: $0, value: o.suppress ? nil : $1) }))
        case .csv:
            guard children else {
                return all([r], catalogue: IndicatorCatalogue(measures: []), history: [r.id: history], options: o, format: .csv, authority: nil)
            }
            var lines = ["child_id,date,in_numerator,reason"]
            for m in r.membersByDate {
                lines.append([m.childID, m.date?.uk ?? "", m.inNumerator ? "1" : "0", m.reason].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .table:
            var out = ["\(d.title) (\(d.id)), \(r.period.label)",
                       "Value: \(value(r, d, o))   numerator \(terms(r, d, o).numerator) ÷ denominator \(terms(r, d, o).denominator)",
                       "Target: \(o.targets[d.id].map { "\(formatted($0.target, d)) (\($0.source))" } ?? "none")   RAG: \(rag(r, d, o))   travel: \(IndicatorReport.travel(travel, r, d, o))"]
            if !o.suppress, !history.isEmpty {
                out.append("Earlier: " + zip(o.earlier, history).map { "\($0) \(formatted($1, d))" }.joined(separator: ", "))
            }
            out += ["", d.definition, "Numerator: \(d.numerator)", "Denominator: \(d.denominator)"]
            if let note = r.note { out.append("Note: \(o.disclosure.sentence(note))") }
            if children {
                out.append("")
                var t = TextTable("child", "date", "counted", "why")
                for m in r.membersByDate { t.add([m.childID, m.date?.uk ?? "", m.inNumerator ? "numerator" : "denominator only", m.reason]) }
                out.append(t.render())
            }
            return out.joined(separator: "\n")
        }
    }

    /// One figure in JSON: numbers as numbers (null where there is none or it is withheld), and
    /// `shown`, the figure as every page writes it ("22.6%", "c", "–").
    private struct Summary: Encodable {
        let id: IndicatorID, period: String, note: String?
        let value: Double?
        let shown: String
        let numerator: Double?
        let denominator: Double?
        /// Whether any part is withheld as "c" (counts of 1 to 5, or what would give one back).
        let suppressed: Bool

        init(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) {
            id = r.id; period = r.period.label; note = r.note.map(o.disclosure.sentence)
            shown = IndicatorReport.value(r, d, o)
            let figure = IndicatorReport.figure(r, d, o)
            let t = o.disclosure.terms(numerator: r.numerator, denominator: r.denominator, unit: d.unit)
            value = figure?.shown
            numerator = t.numerator.shown
            // A rate's denominator is the population, never withheld.
            denominator = d.unit == .per10k ? r.denominator : t.denominator.shown
            suppressed = figure?.isSuppressed == true || t.numerator.isSuppressed || (d.unit != .per10k && t.denominator.isSuppressed)
        }

        private enum CodingKeys: String, CodingKey { case id, period, note, value, shown, numerator, denominator, suppressed }

        /// Every number written, null when there is none or it is withheld, so a reader always finds the key.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(period, forKey: .period)
            try c.encodeIfPresent(note, forKey: .note)
            try c.encode(value, forKey: .value)
            try c.encode(shown, forKey: .shown)
            try c.encode(numerator, forKey: .numerator)
            try c.encode(denominator, forKey: .denominator)
            try c.encode(suppressed, forKey: .suppressed)
        }
    }

    private struct Earlier: Encodable {
        let period: String
        let value: Double?
    }

    private struct Row: Encodable {
        let definition: IndicatorDefinition
        let result: Summary
        let target: IndicatorTarget?
        /// The RAG's code, or "c" beside a withheld value.
        let rag: String
        /// The direction's code, or "c" beside a withheld value.
        let travel: String
        let earlier: [Earlier]
    }

    private static func encode<T: Encodable>(_ value: T) -> String { jsonText(value) }
}

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
    }

    static func formatted(_ v: Double?, _ d: IndicatorDefinition) -> String { IndicatorFormat.value(v, d) }

    static func number(_ v: Double) -> String { IndicatorFormat.number(v) }

    /// A count as shown: suppressed when asked and 1–5.
    static func count(_ v: Double, _ o: Options) -> String { IndicatorFormat.count(v, suppress: o.suppress) }

    /// The value as shown: hidden when the counts it is made of are.
    static func value(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) -> String {
        IndicatorFormat.value(r.value, numerator: r.numerator, denominator: r.denominator, definition: d,
                              Disclosure(o.suppress ? .aggregate : .childLevel))
    }

    static func all(_ results: [IndicatorResult], catalogue: IndicatorCatalogue, history: [String: [Double?]],
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
                t.add([d.title] + past + [value(r, d, o), count(r.numerator, o),
                       d.unit == .per10k ? "pop \(number(r.denominator))" : count(r.denominator, o),
                       o.targets[d.id].map { formatted($0.target, d) } ?? "",
                       r.value == nil ? "–" : o.targets.status(of: r.value, for: d).label, trend(d, r).rawValue])
            }
            let head = "\(authority.flatMap { AuthorityDirectory.shipped[$0]?.name } ?? "Authority"): \(results.first?.period.label ?? "")"
                + (o.suppress ? " (counts of 1 to 5 suppressed as c)" : "")
            return head + "\n\n" + t.render()
        case .csv:
            var lines = ["id,title,period,value,numerator,denominator,unit,target,rag,travel,note"]
            for (d, r) in rows {
                lines.append([d.id, d.title, r.period.label, o.suppress ? value(r, d, o) : (r.value.map { String($0) } ?? ""),
                              count(r.numerator, o), count(r.denominator, o), d.unit.rawValue,
                              o.targets[d.id].map { String($0.target) } ?? "", o.targets.status(of: r.value, for: d).rawValue,
                              trend(d, r).rawValue, r.note ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .json:
            return encode(rows.map { d, r in
                Row(definition: d, result: Summary(r, d, o), target: o.targets[d.id], rag: o.targets.status(of: r.value, for: d),
                    travel: trend(d, r), earlier: zip(o.earlier, history[d.id] ?? []).map { Earlier(period: $0, value: o.suppress ? nil : $1) })
            })
        }
    }

    static func single(_ r: IndicatorResult, definition d: IndicatorDefinition, history: [Double?], options o: Options,
                       children: Bool, format: OutputFormat) -> String {
        let travel = o.targets.direction(of: history + [r.value], for: d)
        switch format {
        case .json:
            if children { return encode(r) }
            return encode(Row(definition: d, result: Summary(r, d, o), target: o.targets[d.id], rag: o.targets.status(of: r.value, for: d),
                              travel: travel, earlier: zip(o.earlier, history).map { Earlier(period: $0, value: o.suppress ? nil : $1) }))
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
                       "Value: \(value(r, d, o))   numerator \(count(r.numerator, o)) ÷ denominator \(count(r.denominator, o))",
                       "Target: \(o.targets[d.id].map { "\(formatted($0.target, d)) (\($0.source))" } ?? "none")   RAG: \(o.targets.status(of: r.value, for: d).label)   travel: \(travel.rawValue)"]
            if !o.suppress, !history.isEmpty {
                out.append("Earlier: " + zip(o.earlier, history).map { "\($0) \(formatted($1, d))" }.joined(separator: ", "))
            }
            out += ["", d.definition, "Numerator: \(d.numerator)", "Denominator: \(d.denominator)"]
            if let note = r.note { out.append("Note: \(note)") }
            if children {
                out.append("")
                var t = TextTable("child", "date", "counted", "why")
                for m in r.membersByDate { t.add([m.childID, m.date?.uk ?? "", m.inNumerator ? "numerator" : "denominator only", m.reason]) }
                out.append(t.render())
            }
            return out.joined(separator: "\n")
        }
    }

    private struct Summary: Encodable {
        let id: String, period: String, value: String, numerator: String, denominator: String, note: String?
        init(_ r: IndicatorResult, _ d: IndicatorDefinition, _ o: Options) {
            id = r.id; period = r.period.label; note = r.note
            value = o.suppress ? IndicatorReport.value(r, d, o) : (r.value.map { String($0) } ?? "")
            numerator = IndicatorReport.count(r.numerator, o); denominator = IndicatorReport.count(r.denominator, o)
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
        let rag: RAGStatus
        let travel: DirectionOfTravel
        let earlier: [Earlier]
    }

    private static func encode<T: Encodable>(_ value: T) -> String { jsonText(value) }
}

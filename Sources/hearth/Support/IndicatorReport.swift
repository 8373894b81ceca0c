import Foundation
import HearthCore
import HearthIndicators

/// The table, CSV and JSON forms of `hearth indicators`.
enum IndicatorReport {
    static func formatted(_ v: Double?, _ unit: IndicatorDefinition.Unit) -> String {
        guard let v else { return "–" }
        switch unit {
        case .percent: return String(format: "%.1f%%", v)
        case .per10k: return String(format: "%.1f", v)
        case .days: return String(format: "%.0f", v)
        case .count, .fte: return String(format: "%.0f", v)
        }
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    static func all(_ results: [IndicatorResult], catalogue: IndicatorCatalogue, targets: TargetSet,
                    format: OutputFormat, authority: String?) -> String {
        let rows = results.compactMap { r -> (IndicatorDefinition, IndicatorResult)? in
            catalogue.measure(r.id).map { ($0.definition, r) }
        }
        switch format {
        case .table:
            var t = TextTable("indicator", "value", "numerator", "denominator", "target", "RAG")
            for (d, r) in rows {
                t.add([d.title, formatted(r.value, d.unit), number(r.numerator), d.unit == .per10k ? "pop \(number(r.denominator))" : number(r.denominator),
                       targets[d.id].map { formatted($0.target, d.unit) } ?? "", targets.status(of: r.value, for: d).label])
            }
            let head = "\(authority.flatMap { AuthorityDirectory.shipped[$0]?.name } ?? "Authority"): \(results.first?.period.label ?? "")"
            return head + "\n\n" + t.render()
        case .csv:
            var lines = ["id,title,period,value,numerator,denominator,unit,target,rag,note"]
            for (d, r) in rows {
                lines.append([d.id, d.title, r.period.label, r.value.map { String($0) } ?? "", number(r.numerator), number(r.denominator),
                              d.unit.rawValue, targets[d.id].map { String($0.target) } ?? "", targets.status(of: r.value, for: d).rawValue,
                              r.note ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .json:
            return encode(rows.map { d, r in Row(definition: d, result: Summary(r), target: targets[d.id], rag: targets.status(of: r.value, for: d)) })
        }
    }

    static func single(_ r: IndicatorResult, definition d: IndicatorDefinition, targets: TargetSet, children: Bool,
                       format: OutputFormat) -> String {
        switch format {
        case .json:
            if children { return encode(r) }
            return encode(Row(definition: d, result: Summary(r), target: targets[d.id], rag: targets.status(of: r.value, for: d)))
        case .csv:
            guard children else { return all([r], catalogue: IndicatorCatalogue(measures: []), targets: targets, format: .csv, authority: nil) }
            var lines = ["child_id,date,in_numerator,reason"]
            for m in r.members {
                lines.append([m.childID, m.date?.uk ?? "", m.inNumerator ? "1" : "0", m.reason].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .table:
            var out = ["\(d.title) (\(d.id)), \(r.period.label)",
                       "Value: \(formatted(r.value, d.unit))   numerator \(number(r.numerator)) ÷ denominator \(number(r.denominator))",
                       "Target: \(targets[d.id].map { "\(formatted($0.target, d.unit)) (\($0.source))" } ?? "none")   RAG: \(targets.status(of: r.value, for: d).label)",
                       "", d.definition, "Numerator: \(d.numerator)", "Denominator: \(d.denominator)"]
            if let note = r.note { out.append("Note: \(note)") }
            if children {
                out.append("")
                var t = TextTable("child", "date", "counted", "why")
                for m in r.members { t.add([m.childID, m.date?.uk ?? "", m.inNumerator ? "numerator" : "denominator only", m.reason]) }
                out.append(t.render())
            }
            return out.joined(separator: "\n")
        }
    }

    private struct Summary: Encodable {
        let id: String, period: String, value: Double?, numerator: Double, denominator: Double, note: String?
        init(_ r: IndicatorResult) {
            id = r.id; period = r.period.label; value = r.value; numerator = r.numerator; denominator = r.denominator; note = r.note
        }
    }

    private struct Row: Encodable {
        let definition: IndicatorDefinition
        let result: Summary
        let target: IndicatorTarget?
        let rag: RAGStatus
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? e.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

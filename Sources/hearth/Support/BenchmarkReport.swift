import Foundation
import HearthData
import HearthIndicators

/// Prints a benchmark comparison as a table, CSV or JSON.
struct BenchmarkReport {
    let c: BenchmarkComparison

    init(_ c: BenchmarkComparison) { self.c = c }

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        }
    }

    private func number(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "x" }

    private var yearLabel: String { "\(c.year - 1)-\(String(format: "%02d", c.year % 100))" }

    private func table() -> String {
        var lines = ["\(c.indicatorID) — \(c.authority.name) (\(c.authority.code)), \(yearLabel)", "source: \(c.basis)", ""]
        var t = TextTable("area", "value")
        t.add([c.authority.name, c.authority.value.description])
        t.add(["England", c.england.description])
        t.add([c.region.name, c.region.value.description])
        t.add(["Statistical neighbours: mean (\(c.neighboursWithData) of 10)", number(c.neighbourMean)])
        t.add(["Statistical neighbours: median", number(c.neighbourMedian)])
        lines.append(t.render())
        lines.append("")
        if let rank = c.rankText, let quartile = c.quartileText {
            lines.append("Rank: \(rank); \(quartile)")
        } else {
            lines.append("Not ranked: the authority's figure is \(c.authority.value) (c suppressed, x not available, z not applicable, k rounds to zero)")
        }
        lines.append("")
        var n = TextTable("neighbour", "code", "value")
        for a in c.neighbours { n.add([a.name, a.code, a.value.description]) }
        lines.append(n.render())
        lines.append("")
        lines.append("By year: " + c.series.map { "\($0.year - 1)-\(String(format: "%02d", $0.year % 100)) \($0.value)" }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    private func csv() -> String {
        var rows = ["indicator,year,area_type,area_code,area_name,value"]
        func row(_ type: String, _ code: String, _ name: String, _ value: String) {
            rows.append([c.indicatorID.rawValue, String(c.year), type, code, name, value].map(csvField).joined(separator: ","))
        }
        row("authority", c.authority.code, c.authority.name, c.authority.value.description)
        row("england", "E92000001", "England", c.england.description)
        row("region", c.region.code, c.region.name, c.region.value.description)
        for a in c.neighbours { row("neighbour", a.code, a.name, a.value.description) }
        row("neighbour_mean", "", "Statistical neighbours (mean)", number(c.neighbourMean))
        row("neighbour_median", "", "Statistical neighbours (median)", number(c.neighbourMedian))
        return rows.joined(separator: "\n")
    }

    private func json() -> String {
        func v(_ p: PublishedValue) -> Any { p.number.map { $0 as Any } ?? p.description }
        let object: [String: Any] = [
            "indicator": c.indicatorID, "year": c.year, "source": c.basis,
            "authority": ["code": c.authority.code, "name": c.authority.name, "value": v(c.authority.value)],
            "england": v(c.england),
            "region": ["code": c.region.code, "name": c.region.name, "value": v(c.region.value)],
            "neighbours": c.neighbours.map { ["code": $0.code, "name": $0.name, "value": v($0.value)] },
            "neighbour_mean": c.neighbourMean as Any, "neighbour_median": c.neighbourMedian as Any,
            "rank": c.rank as Any, "ranked_authorities": c.rankedAuthorities, "quartile": c.quartile as Any,
            "ranked_from": c.rankedFrom, "polarity": c.polarity.rawValue,
            "series": c.series.map { ["year": $0.year, "value": v($0.value)] },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

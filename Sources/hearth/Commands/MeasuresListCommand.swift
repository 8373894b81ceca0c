import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthReports

struct MeasuresListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Every local measure: id, title, unit, frequency, area, whether boards see it, the latest period and value, and the target in force.")

    @OptionGroup var options: MeasureStoreOptions
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

    /// One measure as the CSV and JSON give it: the numbers as numbers, null where there is none.
    struct Row: Encodable {
        let id: String
        let title: String
        let unit: String
        let polarity: String
        let frequency: String
        let area: String
        let owner: String
        let source: String
        let boardVisible: Bool
        let countsChildren: Bool
        let latestPeriod: String?
        let latestValue: Double?
        /// The latest value as the pages write it ("64.5%", "–").
        let latestShown: String
        let target: Double?
        let tolerance: Double?
        let targetSource: String?
        /// The target in force in words, as the measure's page says it.
        let targetText: String
    }

    func run() async throws {
        let rows = try await options.withServices { measures, _, indicators -> [Row] in
            var rows: [Row] = []
            for m in try await measures.measures() {
                // The figure of record and the target in force as the register, the page and the API read them.
                let s = try await indicators.summary(of: m.id)
                let text = IndicatorText(summary: s, disclosure: .exact)
                rows.append(Row(id: m.id, title: m.title, unit: m.unit.rawValue, polarity: m.polarity.rawValue,
                                frequency: m.frequency.rawValue, area: m.area.rawValue, owner: m.owner, source: m.source,
                                boardVisible: m.boardVisible, countsChildren: m.countsChildren,
                                latestPeriod: s.latest.map { m.frequency.text($0.period) }, latestValue: s.latest?.value,
                                latestShown: text.value(s.latest), target: s.target?.target, tolerance: s.target?.tolerance,
                                targetSource: s.target?.source, targetText: text.targetText))
            }
            return rows
        }
        print(render(rows))
    }

    func render(_ rows: [Row]) -> String {
        switch format {
        case .json:
            return jsonText(rows)
        case .csv:
            var lines = ["id,title,unit,polarity,frequency,area,owner,board_visible,counts_children,latest_period,latest_value,target,tolerance,target_source"]
            for r in rows {
                lines.append([r.id, r.title, r.unit, r.polarity, r.frequency, r.area, r.owner, String(r.boardVisible), String(r.countsChildren),
                              r.latestPeriod ?? "", MeasureCLI.number(r.latestValue), MeasureCLI.number(r.target),
                              MeasureCLI.number(r.tolerance), r.targetSource ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .table:
            guard !rows.isEmpty else {
                return "No local measures yet: `hearth measures create` (or the web app's Local measures page) makes one."
            }
            var t = TextTable("id", "title", "unit", "frequency", "area", "boards", "latest", "value", "target")
            for r in rows {
                t.add([r.id, String(r.title.prefix(50)), r.unit, r.frequency, r.area, r.boardVisible ? "yes" : "no",
                       r.latestPeriod ?? "no value yet", r.latestShown, r.targetText])
            }
            return t.render()
        }
    }
}

import Foundation
import HearthCore
import HearthData

/// The text and JSON forms of `hearth inspect`.
enum InspectReport {
    static func text(_ set: ReturnSet, _ summary: DatasetSummary, problemLimit: Int, seconds: Double) -> String {
        var out: [String] = []
        let la = summary.authorityCode.flatMap { AuthorityDirectory.shipped[$0] }
        let who = la.map { "\($0.name) (\($0.code))" } ?? summary.authorityCode ?? "authority not stated"
        let year = summary.collectionYear.map { "year ending 31 March \($0)" } ?? "year not known"
        out.append("\(who), \(year): \(summary.children) children across the returns")
        out.append("")

        var files = TextTable("file", "recognised as", "year", "rows", "size")
        for f in set.files {
            files.add([f.name, f.kind.description, f.collectionYear.map(String.init) ?? "", String(f.rows),
                       size(f.bytes)])
        }
        out.append(files.render())
        out.append("")

        var tables = TextTable("return", "table", "rows", "children", "first date", "last date")
        for t in summary.tables {
            tables.add([t.returnName, t.table, String(t.rows), t.children > 0 ? String(t.children) : "",
                        t.firstDate?.uk ?? "", t.lastDate?.uk ?? ""])
        }
        out.append(tables.render())
        out.append("")

        let fatal = set.count(.fatal), errors = set.count(.error), warnings = set.count(.warning)
        out.append("Problems: \(fatal) file(s) could not be read, \(errors) error(s), \(warnings) warning(s)")
        let ordered = set.problems.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        for p in ordered.prefix(problemLimit) { out.append("  " + p.description) }
        if ordered.count > problemLimit, problemLimit > 0 {
            out.append("  … and \(ordered.count - problemLimit) more (--problems N to list more, --format json for all)")
        }
        out.append("")
        out.append(String(format: "Read in %.2f s.", seconds))
        return out.joined(separator: "\n")
    }

    /// Sizes as an analyst reads them: 0 B, 812 B, 4.2 KB, 31.7 MB.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var v = Double(bytes) / 1024, i = 0
        while v >= 1024, i < units.count - 1 { v /= 1024; i += 1 }
        return String(format: "%.1f %@", v, units[i])
    }

    static func json(_ set: ReturnSet, _ summary: DatasetSummary) -> String {
        struct Report: Encodable {
            let summary: DatasetSummary
            let files: [RecognisedFile]
            let problems: [DataProblem]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(Report(summary: summary, files: set.files, problems: set.problems)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

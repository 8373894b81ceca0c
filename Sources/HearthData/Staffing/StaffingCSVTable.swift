import Foundation
import HearthCore

/// The shape the council workforce CSVs share: a heading row with some required columns, then
/// data rows. Finds the headings, refuses the file (fatally, naming the missing columns) when a
/// required one is absent, and hands each data row to the caller as a `FieldDecoder`.
struct StaffingCSVTable {
    let what: String
    let columns: [String]
    let required: [String]

    /// Reads `bytes`, calling `row` for each data row that has as many fields as the headings.
    func read(bytes: [UInt8], fileName: String,
              row: (FieldDecoder, inout ProblemLog) -> Void) -> [DataProblem] {
        var table = CSVTable(bytes: bytes, fileName: fileName)
        guard let heading = table.heading(ifNone: "the file is empty: expected a heading row (\(required.joined(separator: ", ")), …)") else {
            return table.log.finished()
        }
        let positions = StaffingColumns.positions(of: columns, in: heading.fields)
        let missing = required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            table.log.add(.fatal, line: heading.line, field: missing.joined(separator: ", "),
                          "not a \(what) file: no column \(missing.joined(separator: ", ")) (it needs \(required.joined(separator: ", ")))")
            return table.log.finished()
        }
        // Rows read before the tokenizer gives up are kept: the fatal problem says not to use them.
        table.forEachRow(width: heading.fields.count) { r, log in
            row(FieldDecoder(line: r.line, values: r.fields, columns: positions), &log)
        }
        return table.log.finished()
    }

    /// Reads a file from disk; an unreadable file is one fatal problem.
    func read(url: URL, fileName: String? = nil, row: (FieldDecoder, inout ProblemLog) -> Void) -> [DataProblem] {
        let name = fileName ?? url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return [DataProblem(.fatal, file: name, message: "could not be opened for reading")]
        }
        return read(bytes: [UInt8](data), fileName: name, row: row)
    }

    /// Every row `add` keeps from `bytes`, with the problems found.
    func collect<Row>(bytes: [UInt8], fileName: String,
                      _ add: (FieldDecoder, inout ProblemLog, inout [Row]) -> Void) -> StaffingFileResult<Row> {
        var rows: [Row] = []
        let problems = read(bytes: bytes, fileName: fileName) { add($0, &$1, &rows) }
        return StaffingFileResult(rows: rows, problems: problems)
    }

    /// Every row `add` keeps from the file at `url`, with the problems found.
    func collect<Row>(url: URL, fileName: String?,
                      _ add: (FieldDecoder, inout ProblemLog, inout [Row]) -> Void) -> StaffingFileResult<Row> {
        var rows: [Row] = []
        let problems = read(url: url, fileName: fileName) { add($0, &$1, &rows) }
        return StaffingFileResult(rows: rows, problems: problems)
    }

    /// A required value: nil, with an error saying the row was left out, when blank.
    static func required(_ value: String?, _ d: FieldDecoder, _ column: String, _ log: inout ProblemLog) -> String? {
        if value == nil { log.add(.error, line: d.line, field: column, "blank; row left out") }
        return value
    }
}

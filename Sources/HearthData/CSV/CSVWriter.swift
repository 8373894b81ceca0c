import Foundation

/// Writes CSV the way Excel reads it back: comma-separated, CRLF line ends, fields quoted only
/// when they must be (a comma, quote, line break, or leading/trailing space).
///
/// Every field is made safe to open in a spreadsheet first (see `neutralised`): the plan, the
/// placement costs and an indicator's figures are downloaded by board members and opened in Excel,
/// and an action titled `=HYPERLINK(…)` must arrive as text, not as a formula.
public enum CSVWriter {
    /// What a spreadsheet would read as the start of a formula (OWASP's list: `=`, `+`, `-`, `@`,
    /// and a tab or carriage return, which some spreadsheets skip before looking).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The value with an apostrophe before it when a spreadsheet would take it for a formula; a
    /// number (`-3.5`, `+44`) is left alone, as a spreadsheet reads it as the number it is.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.first, formulaStarts.contains(first), Double(value) == nil else { return value }
        return "'" + value
    }

    /// The value as typed, from a cell `neutralised` wrote: Hearth's own files (the plan, the
    /// cost table) are edited in a spreadsheet and uploaded again, and must come back unchanged.
    public static func restored(_ cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    public static func field(_ raw: String) -> String {
        let value = neutralised(raw)
        let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole table: the heading row, then each row.
    public static func table(headings: [String], rows: [[String]]) -> String {
        var out = line(headings)
        for row in rows { out += line(row) }
        return out
    }
}

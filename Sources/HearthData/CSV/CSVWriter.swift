import Foundation

/// Writes CSV the way Excel reads it back: comma-separated, CRLF line ends, fields quoted only
/// when they must be (a comma, quote, line break, or leading/trailing space).
public enum CSVWriter {
    public static func field(_ value: String) -> String {
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

import Foundation
import HearthCore

/// Reads one Annex A list saved as CSV. Which list it is comes from the heading row, never the
/// file name: authorities name these files every way imaginable.
public enum AnnexACSVReader {
    /// The list a heading row belongs to, or nil when no list's key columns are all present.
    public static func recognise(headings: [String]) -> AnnexAList? {
        if case .recognised(let list) = AnnexAHeadingMatch.best(for: headings).outcome { return list }
        return nil
    }

    /// Reads a CSV file; `fileName` (default: the URL's last component) is what problems cite.
    public static func read(url: URL, fileName: String? = nil) -> AnnexAReadResult {
        var table = CSVTable(url: url, fileName: fileName ?? url.lastPathComponent)
        return read(&table)
    }

    /// Reads CSV bytes already in memory (uploads, tests).
    public static func read(bytes: [UInt8], fileName: String) -> AnnexAReadResult {
        var table = CSVTable(bytes: bytes, fileName: fileName)
        return read(&table)
    }

    /// A file the tokenizer gives up on part way gives no records: those before are not trusted.
    static func read(_ table: inout CSVTable) -> AnnexAReadResult {
        let none = AnnexA(records: [:])
        guard let heading = table.heading(ifNone: "the file is empty: expected a heading row naming the Annex A columns"),
              let match = AnnexAReader.match(headings: heading.fields, line: heading.line, element: nil, &table.log) else {
            return AnnexAReadResult(annexA: none, problems: table.log.finished())
        }
        // The decoder checks each row's width itself, as it words the problem for Annex A.
        let decoder = AnnexARowDecoder(match: match, element: nil, width: heading.fields.count, checksWidth: true)
        var records: [AnnexARecord] = []
        let complete = table.forEachRow { r, log in
            if let record = decoder.decode(r.fields, line: r.line, &log) { records.append(record) }
        }
        guard complete else { return AnnexAReadResult(annexA: none, problems: table.log.finished()) }
        return AnnexAReadResult(annexA: AnnexA(records: [match.spec.list: records]), problems: table.log.finished())
    }
}

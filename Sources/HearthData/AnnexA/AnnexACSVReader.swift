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
        let name = fileName ?? url.lastPathComponent
        do {
            var csv = try CSVReader(url: url)
            return read(&csv, fileName: name)
        } catch {
            var log = ProblemLog(file: name)
            log.add(.fatal, error.description)
            return AnnexAReadResult(annexA: AnnexA(records: [:]), problems: log.finished())
        }
    }

    /// Reads CSV bytes already in memory (uploads, tests).
    public static func read(bytes: [UInt8], fileName: String) -> AnnexAReadResult {
        var csv = CSVReader(bytes: bytes)
        return read(&csv, fileName: fileName)
    }

    static func read(_ csv: inout CSVReader, fileName: String) -> AnnexAReadResult {
        var log = ProblemLog(file: fileName)
        var records: [AnnexARecord] = []
        var list: AnnexAList?
        do {
            // Skip blank lines above the headings (some exports leave a title row gap).
            var heading: CSVRecord?
            while let r = try csv.next() {
                if !r.isBlank { heading = r; break }
            }
            guard let heading else {
                log.add(.fatal, "the file is empty: expected a heading row naming the Annex A columns")
                return AnnexAReadResult(annexA: AnnexA(records: [:]), problems: log.finished())
            }
            guard let match = AnnexAReader.match(headings: heading.fields, line: heading.line,
                                                 element: nil, &log) else {
                return AnnexAReadResult(annexA: AnnexA(records: [:]), problems: log.finished())
            }
            list = match.spec.list
            let decoder = AnnexARowDecoder(match: match, element: nil, width: heading.fields.count, checksWidth: true)
            while let r = try csv.next() {
                if r.isBlank { continue }
                if let rec = decoder.decode(r.fields, line: r.line, &log) { records.append(rec) }
            }
        } catch {
            log.add(.fatal, error.description)
            return AnnexAReadResult(annexA: AnnexA(records: [:]), problems: log.finished())
        }
        let annexA = list.map { AnnexA(records: [$0: records]) } ?? AnnexA(records: [:])
        return AnnexAReadResult(annexA: annexA, problems: log.finished())
    }
}

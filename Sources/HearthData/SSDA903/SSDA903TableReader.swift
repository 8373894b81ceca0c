import Foundation
import HearthCore

/// Reads one SSDA903 CSV table in a single streaming pass into its typed rows.
///
/// Problems are values, not exceptions: an impossible date or a ragged row is reported with its
/// file, line and field and reading goes on; only a file that cannot be used at all (empty, not a
/// 903 table, missing columns, not text) gets a fatal problem and no rows.
public enum SSDA903TableReader {
    /// Reads a file from disk; the problems name it by its last path component.
    public static func read(contentsOf url: URL) -> SSDA903TableFile {
        let name = url.lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        do {
            var reader = try CSVReader(url: url)
            return read(&reader, name: name, bytes: size)
        } catch {
            var log = ProblemLog(file: name)
            log.add(.fatal, error.description)
            return SSDA903TableFile(name: name, bytes: size, recognition: .none, rows: nil, rowCount: 0,
                                    problems: log.finished())
        }
    }

    /// Reads a file already in memory (uploads, tests).
    public static func read(bytes: [UInt8], name: String) -> SSDA903TableFile {
        var reader = CSVReader(bytes: bytes)
        return read(&reader, name: name, bytes: Int64(bytes.count))
    }

    static func read(_ reader: inout CSVReader, name: String, bytes: Int64) -> SSDA903TableFile {
        var log = ProblemLog(file: name)
        var recognition = SSDA903Recognition.none
        var rows: SSDA903Rows?
        var lines: [Int] = []
        var count = 0
        do throws(CSVError) {
            if let heading = try reader.firstNonBlankRecord() {
                recognition = SSDA903Recognition.recognise(headings: heading.fields)
                switch recognition {
                case .table(let table):
                    rows = try readRows(of: table, after: heading, from: &reader, bytes: bytes, log: &log, count: &count,
                                        lines: &lines)
                case .nearMiss(let table, let missing):
                    let noun = missing.count == 1 ? "column" : "columns"
                    log.add(.fatal, line: heading.line,
                            "looks like SSDA903 \(table.title) but has no \(noun) \(missing.joined(separator: ", "))")
                case .none:
                    log.add(.fatal, line: heading.line,
                            "not an SSDA903 table: the heading row (\(summary(of: heading.fields))) has the columns of none of the 903 tables")
                }
            } else {
                log.add(.fatal, "empty file")
            }
        } catch {
            // Rows read before a broken quote or binary junk are not trusted: the file is unusable.
            rows = nil
            lines = []
            log.add(.fatal, line: line(of: error), error.description)
        }
        return SSDA903TableFile(name: name, bytes: bytes, recognition: recognition, rows: rows,
                                rowCount: count, problems: log.finished(), lines: lines)
    }

    private static func readRows(of table: SSDA903Table, after heading: CSVRecord, from reader: inout CSVReader,
                                 bytes: Int64, log: inout ProblemLog, count: inout Int,
                                 lines: inout [Int]) throws(CSVError) -> SSDA903Rows {
        switch table {
        case .header: .header(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .episodes: .episodes(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .reviews: .reviews(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .uasc: .uasc(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .oc2: .oc2(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .oc3: .oc3(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .ad1: .ad1(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .placedForAdoption:
            .placedForAdoption(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .previousPermanence:
            .previousPermanence(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .missing: .missing(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        case .socialWorkerEpisodes:
            .socialWorkerEpisodes(try readRows(after: heading, from: &reader, bytes: bytes, log: &log, count: &count, lines: &lines))
        }
    }

    private static func readRows<Row: SSDA903Row>(after heading: CSVRecord, from reader: inout CSVReader, bytes: Int64,
                                                  log: inout ProblemLog, count: inout Int,
                                                  lines: inout [Int]) throws(CSVError) -> [Row] {
        let positions = ColumnMap(headings: heading.fields).positions(of: Row.table.columns)
        let columns = FieldDecoder.Column.resolve(Row.table.columns, in: positions)
        let width = heading.fields.count
        // Recognition guarantees CHILD is present; the fallback only keeps this free of a force-unwrap.
        let childColumn = positions["CHILD"] ?? 0
        var cursor = SSDA903FieldCursor(columns: columns)
        var rows: [Row] = []
        var sampledBytes = 0
        // Rows are decoded from their bytes in the reader's buffer: no `String` per field.
        while try reader.nextFields() != nil {
            reader.withFields { record in
                if record.isBlank { return }
                count += 1
                if count <= rowsSampledForSize {
                    // Size the array once from the first rows' length rather than letting it double
                    // its way up: a national Episodes file is tens of megabytes of rows.
                    sampledBytes += record.byteCount
                    if count == rowsSampledForSize {
                        // Capped, so a file padded with blank lines cannot ask for absurd memory.
                        let estimate = Double(bytes) / Double(sampledBytes) * Double(count) * 1.05
                        rows.reserveCapacity(Int(min(estimate, Double(maximumRowsReserved))))
                        lines.reserveCapacity(rows.capacity)
                    }
                }
                guard record.count == width else {
                    log.add(.error, line: record.line,
                            "has \(record.count) fields but the heading row has \(width): row not used")
                    return
                }
                let child = record.string(childColumn)
                guard !child.isEmpty else {
                    log.add(.error, line: record.line, field: "CHILD", "CHILD is blank: row not used")
                    return
                }
                cursor.start(record)
                rows.append(Row(childID: child, fields: &cursor, log: &log))
                // The assembler reports a row it finds out of place (a stray date, an age outside
                // the year's care leavers) by its line, as the reader reports what it finds.
                lines.append(record.line)
            }
        }
        return rows
    }

    private static let rowsSampledForSize = 64
    /// Several times the largest national table; beyond it the array simply grows.
    private static let maximumRowsReserved = 1_000_000

    private static func line(of error: CSVError) -> Int? {
        switch error {
        case .unreadable: nil
        case .binary(let line), .unterminatedQuote(let line), .recordTooLong(let line, _): line
        }
    }

    /// The first few headings, enough for the user to see what the file is.
    private static func summary(of headings: [String]) -> String {
        let shown = headings.prefix(6).joined(separator: ", ")
        return headings.count > 6 ? shown + ", …" : shown
    }
}

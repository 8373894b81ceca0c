import Foundation

/// A DfE published-statistics CSV in the EES "tidy" layout, indexed for lookups by
/// geographic level, area code and year.
///
/// Area codes: `old_la_code` (3-digit DfE code) for local authorities, `region_code` for regions,
/// "" for England. Years are reporting years by their end: 2025 finds `time_period` 2025 and 202425.
public struct PublishedTable: Sendable {
    /// File name, for messages.
    public let name: String
    /// Column names in file order.
    public var columns: [String] { columnSet.names }
    /// Every row of a recognised geographic level, in file order.
    public let rows: [PublishedRow]
    private let columnSet: PublishedColumns
    private let index: [Key: [Int]]

    private struct Key: Hashable, Sendable {
        let level: GeographicLevel
        let code: String
        let year: Int
    }

    /// Reads a table from CSV text or a file through the streaming reader.
    public init(name: String, reader: CSVReader) throws(PublishedStatisticsError) {
        var reader = reader
        self.name = name
        let header: CSVRecord
        do {
            guard let h = try reader.next() else { throw PublishedStatisticsError.noData(file: name, what: "a header") }
            header = h
        } catch let e as CSVError {
            throw .unreadable(file: name, e)
        } catch let e as PublishedStatisticsError {
            throw e
        } catch {
            throw .noData(file: name, what: "a header")
        }
        // Some EES exports start with a byte-order mark the reader has already removed; strip any stray one.
        let names = header.fields.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        let columns = PublishedColumns(names: names)
        for required in ["time_period", "geographic_level"] where columns.index[required] == nil {
            throw .missingColumn(file: name, column: required)
        }
        var rows: [PublishedRow] = []
        var index: [Key: [Int]] = [:]
        let tp = columns.index["time_period"] ?? 0, gl = columns.index["geographic_level"] ?? 0
        let la = columns.index["old_la_code"], rc = columns.index["region_code"]
        do {
            while let record = try reader.next() {
                if record.isBlank { continue }
                let f = record.fields
                guard tp < f.count, gl < f.count, let level = GeographicLevel(text: f[gl]),
                      let year = PublishedTable.reportingYear(f[tp]) else { continue }
                let code: String
                switch level {
                case .national: code = ""
                case .regional: code = rc.flatMap { $0 < f.count ? f[$0] : nil } ?? ""
                case .localAuthority: code = la.flatMap { $0 < f.count ? f[$0] : nil } ?? ""
                }
                index[Key(level: level, code: code, year: year), default: []].append(rows.count)
                rows.append(PublishedRow(line: record.line, fields: f, columns: columns))
            }
        } catch {
            throw .unreadable(file: name, error)
        }
        self.columnSet = columns
        self.rows = rows
        self.index = index
    }

    /// Reads a table from text already in memory (tests, downloads).
    public init(name: String, csv text: String) throws(PublishedStatisticsError) {
        try self.init(name: name, reader: CSVReader(text: text))
    }

    /// The reporting year a `time_period` names, by the year it ends: 2025 → 2025, 202425 → 2025.
    public static func reportingYear(_ text: some StringProtocol) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let n = Int(t) else { return nil }
        if t.count == 6 { return (n / 100 / 100) * 100 + n % 100 }
        return t.count == 4 ? n : nil
    }

    /// Years present in the table, ascending.
    public var years: [Int] { Array(Set(index.keys.map(\.year))).sorted() }

    /// Rows of one area and year whose breakdown columns equal the given values (trimmed,
    /// case-insensitive), in file order.
    public func rows(level: GeographicLevel, code: String = "", year: Int,
                     where filters: [String: String] = [:]) -> [PublishedRow] {
        let key = Key(level: level, code: level == .national ? "" : code, year: year)
        guard let found = index[key] else { return [] }
        let wanted = filters.map { ($0.key, PublishedTable.normal($0.value)) }.sorted { $0.0 < $1.0 }
        return found.map { rows[$0] }.filter { row in
            wanted.allSatisfy { column, value in row[column].map(PublishedTable.normal) == value }
        }
    }

    /// The value of a measure for one area, year and breakdown; nil when no row matches.
    /// When several rows match, the first in file order is used.
    public func value(_ measure: String, level: GeographicLevel, code: String = "", year: Int,
                      where filters: [String: String] = [:]) -> PublishedValue? {
        rows(level: level, code: code, year: year, where: filters).first?.value(measure)
    }

    private static func normal(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

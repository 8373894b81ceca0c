import Foundation
import HearthCore

/// Writes an `SSDA903Return` as the DfE CSV tables: one file per table, the DfE heading row,
/// `dd/mm/yyyy` dates, 0/1 flags, LF line ends, quotes only where needed.
///
/// The bytes depend only on the return, so the same return always gives the same files, and
/// reading them back with `SSDA903TableReader` gives the same rows.
public struct SSDA903CSVWriter: Sendable {
    /// A writer; it holds no state.
    public init() {}

    /// The file name for a table, e.g. `SSDA903_2025_Episodes.csv` (cosmetic: files are
    /// recognised by their columns, never their names).
    public func fileName(for table: SSDA903Table, collectionYear: Int) -> String {
        "SSDA903_\(collectionYear)_\(table.rawValue).csv"
    }

    /// Writes every table (a table with no rows as its heading row alone) into `directory`,
    /// streaming through a buffer, and returns the files written in `SSDA903Table` order.
    @discardableResult
    public func write(_ ssda903: SSDA903Return, to directory: URL) throws(SSDA903WriteError) -> [URL] {
        var written: [URL] = []
        for table in SSDA903Table.allCases {
            let url = directory.appendingPathComponent(fileName(for: table, collectionYear: ssda903.collectionYear))
            let file = try BufferedFileWriter(url: url)
            try encode(table, of: ssda903) { bytes throws(SSDA903WriteError) in try file.write(bytes) }
            try file.close()
            written.append(url)
        }
        return written
    }

    /// One table's CSV bytes, in memory (downloads, tests).
    public func csv(_ table: SSDA903Table, of ssda903: SSDA903Return) -> [UInt8] {
        var all: [UInt8] = []
        encode(table, of: ssda903) { all.append(contentsOf: $0) }
        return all
    }

    private func encode<E: Error>(_ table: SSDA903Table, of r: SSDA903Return,
                                  to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        switch table {
        case .header: try encode(r.header, to: sink)
        case .episodes: try encode(r.episodes, to: sink)
        case .reviews: try encode(r.reviews, to: sink)
        case .uasc: try encode(r.uasc, to: sink)
        case .oc2: try encode(r.healthOutcomes, to: sink)
        case .oc3: try encode(r.careLeavers, to: sink)
        case .ad1: try encode(r.adoptions, to: sink)
        case .placedForAdoption: try encode(r.placedForAdoption, to: sink)
        case .previousPermanence: try encode(r.previousPermanence, to: sink)
        case .missing: try encode(r.missing, to: sink)
        case .socialWorkerEpisodes: try encode(r.socialWorkerEpisodes, to: sink)
        }
    }

    private func encode<Row: SSDA903Row, E: Error>(_ rows: [Row], to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        let flushAt = BufferedFileWriter.bufferSize
        var encoder = CSVRowEncoder(capacity: flushAt + 4096)
        for column in Row.table.columns { encoder.text(column) }
        encoder.endRow()
        for row in rows {
            row.encode(into: &encoder)
            encoder.endRow()
            if encoder.bytes.count >= flushAt {
                try sink(encoder.bytes)
                encoder.bytes.removeAll(keepingCapacity: true)
            }
        }
        try sink(encoder.bytes)
    }
}

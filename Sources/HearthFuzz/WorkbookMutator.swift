import Foundation
import HearthData

/// Mutates .xlsx workbooks at two levels: mostly the XML inside (a part is taken out of the
/// zip, damaged like any text, and the workbook zipped again), because damage to the raw zip
/// is nearly always caught by the zip layer before any XML is read; and sometimes the zip's own
/// bytes, to test that layer.
struct WorkbookMutator {
    /// A seed workbook and, when it unzips, its parts.
    struct Seed {
        let raw: [UInt8]
        let parts: [(path: String, bytes: [UInt8])]?

        init(_ raw: [UInt8]) {
            self.raw = raw
            parts = try? XLSXParts.parts(of: Data(raw))
        }
    }

    static func mutate(_ seed: Seed, other: Seed, with bytes: inout ByteMutator) -> [UInt8] {
        guard var parts = seed.parts, !parts.isEmpty, bytes.below(5) != 0 else {
            return bytes.mutate(seed.raw, other: other.raw)
        }
        // The parts every read goes through are damaged most often.
        let xml = parts.indices.filter { parts[$0].path.hasSuffix(".xml") || parts[$0].path.hasSuffix(".rels") }
        let preferred = xml.filter { p in ["worksheets/", "sharedStrings", "workbook.xml", "styles"].contains { parts[p].path.contains($0) } }
        let pool = preferred.isEmpty || bytes.below(4) == 0 ? (xml.isEmpty ? Array(parts.indices) : xml) : preferred
        let i = pool[bytes.below(pool.count)]
        switch bytes.below(12) {
        case 0:
            parts.remove(at: i)
        case 1:
            parts.append(parts[i])
        default:
            let partner = other.parts?.first { $0.path == parts[i].path }?.bytes ?? parts[bytes.below(parts.count)].bytes
            parts[i].bytes = bytes.mutate(parts[i].bytes, other: partner)
        }
        let deflate = bytes.below(2) == 0
        guard let data = try? XLSXParts.archive(parts, deflate: deflate) else { return seed.raw }
        return [UInt8](data)
    }
}

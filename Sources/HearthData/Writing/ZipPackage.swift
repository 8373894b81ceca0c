import Foundation
import ZIPFoundation

/// The zip archive an Office Open XML file is (.xlsx, .docx): its parts packed in the order
/// given, each stamped with one fixed date, so the same parts always give the same bytes and a
/// workbook or board pack can be compared or checksummed from one run to the next. The Excel
/// writer and the Word writer both pack through here.
package enum ZipPackage {
    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can hold.
    package static let stamp = Date(timeIntervalSince1970: 315_532_800)

    /// Why packing or saving failed, in words for the writer's own error.
    package struct Failure: Error {
        package let why: String
    }

    /// A zip holding `parts` in order, each deflated (or stored), stamped `date`.
    package static func data(_ parts: [(path: String, bytes: [UInt8])], deflate: Bool = true,
                             date: Date = stamp) throws(Failure) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                     compressionMethod: deflate ? .deflate : .none) { position, size in
                    let start = Int(position)
                    return Data(bytes[start..<min(start + size, bytes.count)])
                }
            }
            guard let data = archive.data else { throw Failure(why: "the archive produced no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(why: String(describing: error))
        }
    }

    /// Writes `data` to `url`, replacing any file there in one step.
    package static func write(_ data: Data, to url: URL) throws(Failure) {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw Failure(why: error.localizedDescription)
        }
    }
}

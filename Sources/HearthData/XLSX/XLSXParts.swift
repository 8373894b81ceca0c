import Foundation

/// A workbook's zip archive as a list of parts, for code in this package that builds or takes
/// apart workbooks part by part: the writer, and the fuzzer, which damages the XML inside a
/// workbook and zips it again. Not public: readers go through `XLSXReader` and its limits.
package enum XLSXParts {
    /// A zip holding `parts` in order, each deflated (or stored), at the fixed zip date.
    package static func archive(_ parts: [(path: String, bytes: [UInt8])], deflate: Bool = true) throws(XLSXError) -> Data {
        do {
            return try ZipPackage.data(parts, deflate: deflate)
        } catch {
            throw .writeFailed(error.why)
        }
    }

    /// Every file part of the zip `data`, inflated, in archive order; at most `limit` bytes
    /// each, for the archive is not trusted.
    package static func parts(of data: Data, limit: Int = 64 << 20) throws -> [(path: String, bytes: [UInt8])] {
        let archive = try XLSXZip(data: data)
        return try archive.entries.filter { !$0.path.hasSuffix("/") }.map { entry in
            var bytes: [UInt8] = []
            _ = try archive.read(entry, limit: limit) { bytes.append(contentsOf: $0) }
            return (entry.path, bytes)
        }
    }
}

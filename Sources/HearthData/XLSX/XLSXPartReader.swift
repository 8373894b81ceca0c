/// Inflates the parts of a workbook's zip archive, keeping count of the bytes it has inflated
/// so that no part, and no workbook, can take more memory than its limits allow.
struct XLSXPartReader {
    private let archive: XLSXZip
    private let limits: XLSXReader.Limits
    /// Bytes inflated so far, over every part: what the total limit is checked against.
    private(set) var inflated = 0

    init(archive: XLSXZip, limits: XLSXReader.Limits) {
        self.archive = archive
        self.limits = limits
    }

    func has(_ path: String) -> Bool { archive.entry(path) != nil }

    /// The inflated bytes of the part at `path`, nil when the archive has no such part.
    ///
    /// The bytes are counted as they come out of the inflater, and reading stops as soon as the
    /// part, or all parts read so far, pass the limits: the sizes the zip declares are never
    /// trusted, because a hostile file can declare a few bytes and inflate to gigabytes.
    mutating func bytes(_ path: String) throws(XLSXError) -> [UInt8]? {
        guard let entry = archive.entry(path) else { return nil }
        let cap = min(limits.partBytes, max(0, limits.totalBytes - inflated))
        var bytes: [UInt8] = []
        do {
            _ = try archive.read(entry, limit: cap) { bytes.append(contentsOf: $0) }
        } catch {
            if error.isOverLimit {
                if cap < limits.partBytes { throw .workbookTooLarge(limit: limits.totalBytes) }
                throw .partTooLarge(part: path, limit: limits.partBytes)
            }
            throw .unreadablePart(part: path, message: error.message)
        }
        inflated += bytes.count
        return bytes
    }
}

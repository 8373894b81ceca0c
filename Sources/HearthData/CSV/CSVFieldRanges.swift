/// The fields of one CSV record as trimmed byte ranges, kept by `CSVReader` from record to
/// record (no allocation per record) and read through `CSVFieldBytes`.
struct CSVFieldRanges: CSVFieldSink {
    /// One field: where its bytes are, in the reader's buffer or, for a quoted field (its
    /// quotes undone), in `quotedBytes`.
    struct Bound {
        let start: Int
        let end: Int
        let isQuoted: Bool
    }

    private(set) var bounds: [Bound] = []
    private(set) var quotedBytes: [UInt8] = []

    mutating func reset() {
        bounds.removeAll(keepingCapacity: true)
        quotedBytes.removeAll(keepingCapacity: true)
    }

    mutating func plain(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let r = Self.trimmed(p, from, to)
        bounds.append(Bound(start: r.lowerBound, end: r.upperBound, isQuoted: false))
    }

    mutating func quoted(_ value: UnsafeBufferPointer<UInt8>) {
        let r = Self.trimmed(value, 0, value.count)
        let at = quotedBytes.count
        quotedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[r]))
        bounds.append(Bound(start: at, end: quotedBytes.count, isQuoted: true))
    }
}

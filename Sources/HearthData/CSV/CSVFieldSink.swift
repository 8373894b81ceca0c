/// Where `CSVReader`'s scan puts the fields of a record, so that one scanning loop serves both
/// the `String` records most readers want and the byte ranges of the SSDA903 reader, which
/// decodes dates and codes without making a `String` of each field.
protocol CSVFieldSink {
    /// Forgets a record begun and abandoned (the scan ran out of bytes and starts again).
    mutating func reset()
    /// An unquoted field, `p[from..<to]` as written (not trimmed).
    mutating func plain(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int)
    /// A quoted field, its doubled quotes undone (not trimmed).
    mutating func quoted(_ value: UnsafeBufferPointer<UInt8>)
}

extension CSVFieldSink {
    /// `from..<to` without surrounding spaces and tabs: exports pad codes ("C2 ") and the DfE
    /// tools ignore the padding.
    static func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Range<Int> {
        var lo = from, hi = to
        while lo < hi, p[lo] == 0x20 || p[lo] == 0x09 { lo += 1 }
        while hi > lo, p[hi - 1] == 0x20 || p[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }
}

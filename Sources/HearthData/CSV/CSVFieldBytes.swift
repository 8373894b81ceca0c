/// A record's fields as bytes, valid only inside `CSVReader.withFields`.
struct CSVFieldBytes {
    private let buffer: UnsafeBufferPointer<UInt8>
    private let quoted: UnsafeBufferPointer<UInt8>
    private let bounds: UnsafeBufferPointer<CSVFieldRanges.Bound>
    /// The line the record starts on (1-based).
    let line: Int

    init(buffer: UnsafeBufferPointer<UInt8>, quoted: UnsafeBufferPointer<UInt8>,
         bounds: UnsafeBufferPointer<CSVFieldRanges.Bound>, line: Int) {
        self.buffer = buffer
        self.quoted = quoted
        self.bounds = bounds
        self.line = line
    }

    /// No fields: what a cursor holds between records.
    static var none: CSVFieldBytes {
        CSVFieldBytes(buffer: .init(start: nil, count: 0), quoted: .init(start: nil, count: 0),
                      bounds: .init(start: nil, count: 0), line: 0)
    }

    var count: Int { bounds.count }

    /// The trimmed bytes of field `i`.
    subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        let b = bounds[i]
        return UnsafeBufferPointer(rebasing: (b.isQuoted ? quoted : buffer)[b.start..<b.end])
    }

    /// Field `i` as `CSVRecord` would hold it.
    func string(_ i: Int) -> String {
        let b = self[i]
        return b.isEmpty ? "" : String(decoding: b, as: UTF8.self)
    }

    /// Every field empty: Excel writes these for cleared rows (as `CSVRecord.isBlank`).
    var isBlank: Bool { bounds.allSatisfy { $0.start == $0.end } }

    /// The fields' bytes added up, plus one per field (as the SSDA903 reader sizes its rows).
    var byteCount: Int { bounds.reduce(bounds.count) { $0 + $1.end - $1.start } }
}

/// Fields as trimmed `String`s: what `CSVRecord` holds.
struct CSVStringFields: CSVFieldSink {
    private(set) var fields: [String] = []

    init(expected: Int) { fields.reserveCapacity(expected) }

    mutating func reset() { fields.removeAll(keepingCapacity: true) }

    mutating func plain(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let r = Self.trimmed(p, from, to)
        fields.append(r.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self))
    }

    mutating func quoted(_ value: UnsafeBufferPointer<UInt8>) { plain(value, 0, value.count) }
}

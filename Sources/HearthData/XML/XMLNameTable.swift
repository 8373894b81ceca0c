/// Interns element and attribute names so the same name from the file is one shared `String`
/// (no allocation per tag, and equal names compare by identity), tagged with its vocabulary id.
struct XMLNameTable: Sendable {
    // Open addressing over flat arrays: a lookup touches no reference-counted entry, which
    // matters at a million tags per file. `slots` holds entry index + 1, 0 when empty.
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var names: [XMLName] = []
    private var store: [UInt8] = []
    private let mask: Int
    // A hostile file with millions of distinct names stops being interned here, so memory
    // stays bounded.
    private let maxEntries: Int
    private let vocabulary: [String: Int]

    init(vocabulary: [String], capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        maxEntries = capacity
        var v: [String: Int] = [:]
        for (i, n) in vocabulary.enumerated() where v[n] == nil { v[n] = i }
        self.vocabulary = v
    }

    /// The interned local name (prefix stripped) of `bytes[range]`; nil when the name is not
    /// valid UTF-8, which XML forbids and which would otherwise be shown as U+FFFD and compared
    /// as if it were some other name.
    mutating func name(_ bytes: [UInt8], _ range: Range<Int>) -> XMLName? {
        var lo = range.lowerBound
        let hi = range.upperBound
        var k = hi
        while k > lo {
            k -= 1
            if bytes[k] == UInt8(ascii: ":") { lo = k + 1; break }
        }
        let length = hi - lo
        // Pointer loops: this runs for every start tag of the file.
        let h: UInt32 = bytes.withUnsafeBufferPointer { b in
            var h: UInt32 = 2_166_136_261
            for i in lo..<hi { h = (h ^ UInt32(b[i])) &* 16_777_619 }
            return h
        }
        var slot = Int(h) & mask
        while true {
            let e = Int(slots[slot]) - 1
            if e < 0 { break }
            if hashes[e] == h, lengths[e] == length, equal(e, bytes, lo) { return names[e] }
            slot = (slot + 1) & mask
        }
        // Only a name not seen before is checked, so the check costs nothing per tag.
        guard Self.isValidUTF8(bytes[lo..<hi]) else { return nil }
        let text = String(decoding: bytes[lo..<hi], as: UTF8.self)
        let name = XMLName(local: text, id: vocabulary[text])
        if names.count < maxEntries {
            slots[slot] = Int32(names.count + 1)
            hashes.append(h)
            starts.append(store.count)
            lengths.append(length)
            names.append(name)
            store.append(contentsOf: bytes[lo..<hi])
        }
        return name
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private func equal(_ e: Int, _ bytes: [UInt8], _ lo: Int) -> Bool {
        let s = starts[e]
        let n = lengths[e]
        return store.withUnsafeBufferPointer { a in
            bytes.withUnsafeBufferPointer { b in
                for k in 0..<n where a[s + k] != b[lo + k] { return false }
                return true
            }
        }
    }
}

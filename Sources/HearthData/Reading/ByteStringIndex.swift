/// Finds which of a fixed list of strings some bytes spell, without making a `String`: the
/// byte readers look up element names and codes tens of millions of times in a national return,
/// and hashing a `String` costs more than reading the bytes it came from.
struct ByteStringIndex: Sendable {
    // Open addressing over flat arrays; `slots` holds entry index + 1, 0 when empty. Entries
    // are kept as 8-byte words (the last one zero-padded), compared a word at a time: a code
    // is one comparison, an element name two or three.
    private let slots: [Int32]
    private let shift: UInt64
    private let words: [UInt64]
    private let firstWord: [Int]
    private let lengths: [Int]

    /// Indexes `strings` by their UTF-8 bytes; a string listed twice keeps its first position.
    init(_ strings: [String]) {
        var bits: UInt64 = 4
        while (1 << bits) < strings.count * 4 { bits += 1 }
        shift = 64 - bits
        var words: [UInt64] = [], firstWord: [Int] = [], lengths: [Int] = []
        for s in strings {
            let bytes = Array(s.utf8)
            firstWord.append(words.count)
            lengths.append(bytes.count)
            bytes.withUnsafeBufferPointer { b in
                for at in stride(from: 0, to: b.count, by: 8) { words.append(Self.word(b, at: at, count: min(8, b.count - at))) }
            }
            if bytes.isEmpty { words.append(0) }
        }
        var slots = [Int32](repeating: 0, count: 1 << Int(bits))
        let mask = slots.count - 1
        func same(_ a: Int, _ b: Int) -> Bool {
            lengths[a] == lengths[b] && words[firstWord[a]..<(firstWord[a] + (lengths[a] + 7) / 8)]
                .elementsEqual(words[firstWord[b]..<(firstWord[b] + (lengths[b] + 7) / 8)])
        }
        for e in strings.indices {
            var slot = Self.slot(words[firstWord[e]], lengths[e], shift)
            var taken = false
            while slots[slot] != 0 {
                if same(Int(slots[slot]) - 1, e) {
                    taken = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !taken { slots[slot] = Int32(e + 1) }
        }
        self.slots = slots
        self.words = words
        self.firstWord = firstWord
        self.lengths = lengths
    }

    /// The position in the list of the string spelt by `bytes[range]`, nil when it is not listed.
    func index(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let n = range.count
        let key = Self.word(bytes, at: range.lowerBound, count: min(n, 8))
        var slot = Self.slot(key, n, shift)
        let mask = slots.count - 1
        while true {
            let e = Int(slots[slot]) - 1
            if e < 0 { return nil }
            if words[firstWord[e]] == key, lengths[e] == n, n <= 8 || matches(e, bytes, at: range.lowerBound) { return e }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `bytes[at...]` begins with the string at `index` in the list.
    func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        let n = lengths[index]
        let count = (n + 7) >> 3
        guard let base = bytes.baseAddress, bytes.count - at >= count << 3 else {
            // Near the end of the bytes: one at a time, reading nothing past them.
            guard bytes.count - at >= n else { return false }
            var k = 0
            while k < n, UInt8(truncatingIfNeeded: words[firstWord[index] + k >> 3] >> (UInt64(k & 7) * 8)) == bytes[at + k] {
                k += 1
            }
            return k == n
        }
        return words.withUnsafeBufferPointer { w in
            let from = UnsafeRawPointer(base + at)
            let first = firstWord[index]
            func load(_ k: Int) -> UInt64 { UInt64(littleEndian: from.loadUnaligned(fromByteOffset: k << 3, as: UInt64.self)) }
            for k in 0..<(count - 1) where load(k) != w[first + k] { return false }
            let tail = n - (count - 1) << 3
            let mask: UInt64 = tail == 8 ? ~0 : (1 << (UInt64(tail) * 8)) - 1
            return load(count - 1) & mask == w[first + count - 1]
        }
    }

    /// Length of the string at `index`, in bytes.
    func length(_ index: Int) -> Int { lengths[index] }

    /// The `count` (at most 8) bytes at `at` as a word, the first in the lowest bits.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, count: Int) -> UInt64 {
        if bytes.count - at >= 8, let base = bytes.baseAddress {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
            return count == 8 ? w : w & ((1 << (UInt64(count) * 8)) - 1)
        }
        var w: UInt64 = 0
        for k in 0..<count { w |= UInt64(bytes[at + k]) << (UInt64(k) * 8) }
        return w
    }

    private static func slot(_ key: UInt64, _ length: Int, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

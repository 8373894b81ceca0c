/// Byte runs compared and searched eight bytes at a time, for the readers' hot paths (the CIN
/// census scanner, the CSV field splitter).
///
/// Every function reads whole 8-byte words from `bytes`, so the caller must hold at least
/// `Self.readable(count)` bytes from the start: the readers check that before calling and
/// otherwise take their byte-at-a-time path.
enum ByteWords {
    /// The bytes a comparison of `count` bytes reads: `count` rounded up to a whole word.
    @inline(__always)
    static func readable(_ count: Int) -> Int { (count &+ 7) & ~7 }

    @inline(__always)
    static func load(_ bytes: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether the `count` bytes at `bytes` equal the run packed in `words` (little-endian, the
    /// last word zero-padded).
    @inline(__always)
    static func equal(_ bytes: UnsafePointer<UInt8>, _ words: UnsafePointer<UInt64>, count: Int) -> Bool {
        var k = 0
        while k &+ 8 <= count {
            guard load(bytes, k) == words[k >> 3] else { return false }
            k &+= 8
        }
        guard k < count else { return true }
        let mask: UInt64 = (1 << (UInt64(count &- k) &* 8)) &- 1
        return load(bytes, k) & mask == words[k >> 3]
    }

    /// Packs `bytes` into `words` (which must hold `readable(bytes.count) / 8` words).
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, into words: UnsafeMutablePointer<UInt64>) {
        // Whole words at once where they can be read (the scanner's buffers nearly always can).
        if let base = bytes.baseAddress, bytes.count >= 8 {
            let whole = bytes.count >> 3
            for k in 0..<whole { words[k] = load(base, k << 3) }
            let rest = bytes.count & 7
            if rest > 0 {
                // The last word read so it ends at the run's end, shifted down into place.
                let tail = load(base, bytes.count - 8) >> (UInt64(8 - rest) * 8)
                words[whole] = tail
            }
            return
        }
        var w: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            w |= UInt64(b) << (UInt64(k & 7) * 8)
            if k & 7 == 7 {
                words[k >> 3] = w
                w = 0
            }
        }
        if bytes.count & 7 != 0 { words[bytes.count >> 3] = w }
    }

    /// The offset of the first `byte` in the word at `bytes`, 8 when there is none.
    ///
    /// The classic zero-byte test on `word ^ byte…byte`: the lowest set high bit marks the first
    /// match exactly (borrows only run upwards from it, so later bytes may be wrong, not earlier).
    @inline(__always)
    static func first(_ byte: UInt8, in word: UInt64) -> Int {
        zeros(word ^ (UInt64(byte) &* ones)).trailingZeroBitCount >> 3
    }

    /// The offset of the first byte that ends a plain CSV field (comma, LF, CR, or the NUL that
    /// marks a binary file) in the word, 8 when there is none. Each test's lowest flag is exact,
    /// so the lowest of them all is too.
    @inline(__always)
    static func firstFieldEnd(in word: UInt64) -> Int {
        let found = zeros(word ^ (0x2C &* ones)) | zeros(word ^ (0x0A &* ones)) | zeros(word ^ (0x0D &* ones)) | zeros(word)
        return found.trailingZeroBitCount >> 3
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit of each zero byte of `x` set (and perhaps of bytes above the first zero).
    @inline(__always)
    private static func zeros(_ x: UInt64) -> UInt64 {
        (x &- ones) & ~x & 0x8080_8080_8080_8080
    }
}

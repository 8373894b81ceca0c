import HearthData

/// Damages bytes the ways files really get damaged (truncated downloads, a byte flipped, a
/// block pasted twice, one file's end joined to another's start) and the ways that surprise a
/// parser (markup characters, line ends, invalid UTF-8, impossible dates, huge numbers).
/// Deterministic: the same generator state gives the same mutants.
struct ByteMutator {
    var random: SeededRandom
    let dictionary: [[UInt8]]
    /// Mutants are cut to this length, so repeated growth cannot make inputs ever slower.
    let maxLength: Int

    /// Tokens every reader meets: markup, separators, encodings and values that are edge cases.
    static let commonTokens: [[UInt8]] = {
        let text = ["<", "</", ">", "/>", "<?", "?>", "<!", "&", "&amp;", "&#", "&#x", ";", "\"", "'", "=", ",", ",,",
                    "\r\n", "\n", "\r", "\t", " ", "31/02/2024", "29/02/2023", "00/00/0000", "9999-99-99", "2024-13-01",
                    "01/01/1900", "31/12/9999", "-1", "0", "1e308", "-0", "NaN", "inf", "0x", "TRUE", "NULL", "#N/A",
                    String(repeating: "9", count: 40), String(repeating: "1", count: 400), String(repeating: ",", count: 64)]
        return text.map { Array($0.utf8) } + [[0xC3, 0x28], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0x00], [0xC0, 0x80],
                                               [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80, 0xA8], [0x1A]]
    }()

    init(seed: UInt64, tokens: [String], maxLength: Int) {
        random = SeededRandom(seed: seed)
        dictionary = Self.commonTokens + tokens.map { Array($0.utf8) }
        self.maxLength = maxLength
    }

    /// A mutant of `input`: one to four damages stacked. `other` is a second seed to splice with.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var out = input
        for _ in 0..<Int.random(in: 1...4, using: &random) { damage(&out, other: other) }
        if out.count > maxLength { out.removeSubrange(maxLength...) }
        return out
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int.random(in: 0..<n, using: &random) }

    private mutating func damage(_ out: inout [UInt8], other: [UInt8]) {
        let n = out.count
        switch below(n == 0 ? 3 : 11) {
        case 0:  // insert random bytes
            let bytes = (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            out.insert(contentsOf: bytes, at: below(n + 1))
        case 1:  // insert a token
            out.insert(contentsOf: token(), at: below(n + 1))
        case 2:  // splice: the start of this input and the end of another
            let cut = below(n + 1)
            out = Array(out[..<cut]) + other[below(other.count + 1)...]
        case 3:  // flip a bit
            out[below(n)] ^= 1 << UInt8(below(8))
        case 4:  // set a byte to a value parsers treat specially
            out[below(n)] = [0x00, 0xFF, 0x7F, 0x80, 0x3C, 0x3E, 0x2C, 0x22, 0x26, 0x0A, 0x0D, 0x20][below(12)]
        case 5:  // delete a range
            let at = below(n)
            out.removeSubrange(at..<min(n, at + 1 + below(64)))
        case 6:  // duplicate a range, sometimes many times over
            let at = below(n)
            let chunk = Array(out[at..<min(n, at + 1 + below(128))])
            let times = below(8) == 0 ? 1 + below(64) : 1
            for _ in 0..<times { out.insert(contentsOf: chunk, at: below(out.count + 1)) }
        case 7:  // truncate, as a broken download does
            out.removeSubrange(below(n)...)
        case 8:  // overwrite with a token
            let t = token()
            let at = below(n)
            out.replaceSubrange(at..<min(n, at + t.count), with: t)
        case 9:  // replace the run of digits around a position with another number
            var lo = below(n)
            while lo < n, !(0x30...0x39).contains(out[lo]) { lo += 1 }
            var hi = lo
            while hi < n, (0x30...0x39).contains(out[hi]) { hi += 1 }
            let numbers = ["0", "-1", "32", "2147483648", "99999999999999999999", "1.5", String(repeating: "9", count: 30)]
            out.replaceSubrange(lo..<hi, with: Array(numbers[below(numbers.count)].utf8))
        default:  // swap two bytes
            out.swapAt(below(n), below(n))
        }
    }

    private mutating func token() -> [UInt8] { dictionary[below(dictionary.count)] }
}

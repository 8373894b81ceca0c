import HearthCore

/// Appends CSV records to a byte buffer in the form DfE's tools read: `dd/mm/yyyy` dates, 0/1
/// flags, LF line ends, and quotes only where a value needs them, so the bytes for a given
/// return are always the same.
struct CSVRowEncoder {
    var bytes: [UInt8] = []
    private var atRowStart = true

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func text(_ value: String?) {
        separate()
        guard let value else { return }
        var needsQuotes = false
        for b in value.utf8 where b == comma || b == quote || b == lf || b == cr {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        bytes.append(quote)
        for b in value.utf8 {
            if b == quote { bytes.append(quote) }
            bytes.append(b)
        }
        bytes.append(quote)
    }

    mutating func day(_ value: Day?) {
        separate()
        guard let value else { return }
        let c = value.components
        digits(c.day, width: 2)
        bytes.append(slash)
        digits(c.month, width: 2)
        bytes.append(slash)
        digits(c.year, width: 4)
    }

    mutating func flag(_ value: Bool?) {
        separate()
        guard let value else { return }
        bytes.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
    }

    mutating func int(_ value: Int?) {
        separate()
        guard let value else { return }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func endRow() {
        bytes.append(lf)
        atRowStart = true
    }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(comma) }
    }

    /// Zero-padded decimal without going through `String`: the writer formats millions of dates.
    private mutating func digits(_ n: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = n
        if rest >= divisor * 10 { bytes.append(contentsOf: String(n).utf8); return }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")
private let slash = UInt8(ascii: "/")

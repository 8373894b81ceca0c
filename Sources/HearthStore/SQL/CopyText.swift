import Foundation

/// Rows in PostgreSQL's COPY text format: tab between values, newline after each row, `\N` for
/// NULL, and backslash, tab, newline and carriage return escaped with a backslash.
///
/// Values are written as `SQLValue` stores them: text, integers, doubles (shortest text that reads
/// back as the same double), booleans as 0/1, bytes as bytea hex.
struct CopyText {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func appendRow(_ leading: RowValues, _ row: RowValues) throws {
        var first = true
        for value in leading {
            if !first { bytes.append(tab) }
            first = false
            try append(value)
        }
        for value in row {
            if !first { bytes.append(tab) }
            first = false
            try append(value)
        }
        bytes.append(newline)
    }

    /// One value. Casting looks through `Optional.some`, so only `nil` reaches the last check;
    /// strings come first as most values are strings.
    mutating func append(_ value: any Encodable & Sendable) throws {
        if let text = value as? String {
            appendEscaped(text)
        } else if let number = value as? Int {
            bytes.append(contentsOf: String(number).utf8)
        } else if let number = value as? Double {
            appendDouble(number)
        } else if let flag = value as? Bool {
            bytes.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        } else if let data = value as? Data {
            appendHex(data)
        } else if let optional = value as? any OptionalValue, optional.isNone {
            bytes.append(contentsOf: [backslash, UInt8(ascii: "N")])
        } else {
            throw StoreError.corrupt("no COPY text form for a value of type \(type(of: value))")
        }
    }

    private mutating func appendEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case backslash: bytes.append(contentsOf: [backslash, backslash])
            case tab: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
            case newline: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
            case carriageReturn: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    private mutating func appendDouble(_ number: Double) {
        if number.isNaN {
            bytes.append(contentsOf: "NaN".utf8)
        } else if number.isInfinite {
            bytes.append(contentsOf: (number > 0 ? "Infinity" : "-Infinity").utf8)
        } else {
            // Swift prints the shortest text that reads back as the same double ("0.1", "1e-05").
            bytes.append(contentsOf: "\(number)".utf8)
        }
    }

    /// bytea's hex input `\x…`, its backslash doubled for the COPY text layer.
    private mutating func appendHex(_ data: Data) {
        bytes.append(contentsOf: [backslash, backslash, UInt8(ascii: "x")])
        bytes.reserveCapacity(bytes.count + data.count * 2)
        for byte in data {
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        }
    }
}

private let backslash = UInt8(ascii: "\\")
private let tab = UInt8(ascii: "\t")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let hexDigits = Array("0123456789abcdef".utf8)

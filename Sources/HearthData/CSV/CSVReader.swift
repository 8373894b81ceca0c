import Foundation

/// Streams records out of a CSV file in one pass, in fixed memory, whatever the file's size.
///
/// Handles what real exports contain: a UTF-8 byte-order mark, CRLF or LF or lone CR line ends,
/// Excel's quoting (`"a ""quoted"" word"`, line breaks inside quotes), and a missing final newline.
/// Bytes that are not UTF-8 (Windows-1252 exports) are repaired rather than rejected.
public struct CSVReader: Sendable {
    public static let defaultRecordLimit = 1 << 20

    private let source: Source
    private let recordLimit: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var startedFile = false

    private enum Source: @unchecked Sendable {
        case handle(FileHandle)
        case bytes
    }

    /// Reads from a file, a megabyte at a time.
    public init(url: URL, recordLimit: Int = CSVReader.defaultRecordLimit) throws(CSVError) {
        do {
            source = .handle(try FileHandle(forReadingFrom: url))
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        self.recordLimit = recordLimit
    }

    /// Reads from bytes already in memory (tests, uploads, sheets from a workbook).
    public init(bytes: [UInt8], recordLimit: Int = CSVReader.defaultRecordLimit) {
        source = .bytes
        buffer = bytes
        atEnd = true
        self.recordLimit = recordLimit
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        if !startedFile {
            startedFile = true
            try fill(need: 3)
            if buffer.count - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB,
               buffer[position + 2] == 0xBF {
                position += 3
            }
        }
        try fill(need: 1)
        if position >= buffer.count { return nil }

        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var recordBytes = 0
        var inQuotes = false
        var wasQuoted = false

        while true {
            if position >= buffer.count {
                try fill(need: 1)
                if position >= buffer.count {
                    if inQuotes { throw .unterminatedQuote(line: startLine) }
                    fields.append(Self.string(field))
                    return CSVRecord(line: startLine, fields: fields)
                }
            }
            let b = buffer[position]
            position += 1
            recordBytes += 1
            if recordBytes > recordLimit { throw .recordTooLong(line: startLine, limit: recordLimit) }
            if b == 0 { throw .binary(line: line) }
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    try fill(need: 1)
                    if position < buffer.count, buffer[position] == UInt8(ascii: "\"") {
                        field.append(b)
                        position += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                fields.append(Self.string(field))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if b == UInt8(ascii: "\r") {
                    try fill(need: 1)
                    if position < buffer.count, buffer[position] == UInt8(ascii: "\n") { position += 1 }
                }
                line += 1
                fields.append(Self.string(field))
                return CSVRecord(line: startLine, fields: fields)
            case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
            default:
                // A quote in the middle of an unquoted field is kept as written, as Excel does.
                field.append(b)
            }
        }
    }

    /// Reads every remaining record (for small inputs and tests).
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var all: [CSVRecord] = []
        while let r = try next() { all.append(r) }
        return all
    }

    private static func string(_ bytes: [UInt8]) -> String {
        // Trim surrounding spaces: exports pad codes ("C2 ") and the DfE tools ignore them.
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    private mutating func fill(need: Int) throws(CSVError) {
        guard buffer.count - position < need, !atEnd, case .handle(let handle) = source else { return }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        do {
            if let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                atEnd = true
                try? handle.close()
            }
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}

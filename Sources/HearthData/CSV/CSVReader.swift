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
    /// Fields in the last record: the next is likely the same, so its array is sized once.
    private var expectedFields = 16
    /// The last record read by `nextFields`, reused from record to record.
    private var ranges = CSVFieldRanges()
    private var rangesLine = 0

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
        var fields = CSVStringFields(expected: expectedFields)
        let (line, lines) = try scanRecord(into: &fields)
        guard let line else { return nil }
        self.line += lines
        expectedFields = fields.fields.count
        return CSVRecord(line: line, fields: fields.fields)
    }

    /// Moves to the next record, keeping its fields as byte ranges for `withFields`; the line it
    /// starts on, or nil at the end of the file. Same records, lines and errors as `next()`.
    mutating func nextFields() throws(CSVError) -> Int? {
        // Taken out while scanning (the scan mutates `self`), keeping its arrays' capacity.
        var fields = CSVFieldRanges()
        swap(&fields, &ranges)
        defer { swap(&fields, &ranges) }
        let (line, lines) = try scanRecord(into: &fields)
        guard let line else { return nil }
        self.line += lines
        rangesLine = line
        return line
    }

    /// The fields of the record `nextFields` moved to, as bytes valid only inside `body`.
    func withFields<R>(_ body: (CSVFieldBytes) -> R) -> R {
        buffer.withUnsafeBufferPointer { b in
            ranges.quotedBytes.withUnsafeBufferPointer { q in
                ranges.bounds.withUnsafeBufferPointer { f in
                    body(CSVFieldBytes(buffer: b, quoted: q, bounds: f, line: rangesLine))
                }
            }
        }
    }

    /// Scans the next record into `sink`: its first line (nil at the end of the file) and the
    /// line breaks it spans; `position` is moved past it, `line` left for the caller.
    private mutating func scanRecord<Sink: CSVFieldSink>(into sink: inout Sink) throws(CSVError) -> (Int?, Int) {
        if !startedFile {
            startedFile = true
            try fill(need: 3)
            if buffer.count - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB,
               buffer[position + 2] == 0xBF {
                position += 3
            }
        }
        try fill(need: 1)
        if position >= buffer.count { return (nil, 0) }

        while true {
            sink.reset()
            let scanned = buffer.withUnsafeBufferPointer { bytes in
                Self.scan(bytes, from: position, atEnd: atEnd, line: line, limit: recordLimit, into: &sink)
            }
            switch scanned {
            case .record(let consumed, let lines):
                position += consumed
                return (line, lines)
            case .needMore:
                // The record runs past the bytes read so far: read another chunk and scan it again
                // from its start (only ever at a chunk boundary, so the rescan costs little). A
                // record already past the limit is refused here, or a stray quote would make every
                // later chunk rescan the whole file.
                if buffer.count - position > recordLimit { throw .recordTooLong(line: line, limit: recordLimit) }
                try fill(need: buffer.count - position + 1)
            case .failed(let error):
                throw error
            }
        }
    }

    private enum Scan {
        case record(consumed: Int, lines: Int)
        case needMore
        case failed(CSVError)
    }

    /// Scans one record starting at `start`, handing each field to `sink` straight from the
    /// buffer: copying byte by byte into a field buffer cost most of the reading time.
    private static func scan<Sink: CSVFieldSink>(_ p: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool,
                                                 line: Int, limit: Int, into sink: inout Sink) -> Scan {
        let end = p.count
        var i = start
        var lines = 0
        while true {
            if i < end, p[i] == quote {
                // Quoted: doubled quotes are one quote, line breaks are data; bytes after the
                // closing quote up to the delimiter are kept as written, as Excel does.
                var value: [UInt8] = []
                var j = i + 1
                var closed = false
                while j < end {
                    let b = p[j]
                    if b == quote {
                        if j + 1 == end, !atEnd { return .needMore }
                        j += 1
                        if j < end, p[j] == quote {
                            value.append(quote)
                            j += 1
                            continue
                        }
                        closed = true
                        break
                    }
                    if b == 0 { return .failed(.binary(line: line + lines)) }
                    if b == lf {
                        lines += 1
                    } else if b == cr {
                        // A lone CR is a line end too (old Mac exports); CRLF counts once, at the LF.
                        if j + 1 == end, !atEnd { return .needMore }
                        if j + 1 == end || p[j + 1] != lf { lines += 1 }
                    }
                    value.append(b)
                    j += 1
                }
                if !closed { return atEnd ? .failed(.unterminatedQuote(line: line)) : .needMore }
                while j < end, p[j] != comma, p[j] != lf, p[j] != cr {
                    if p[j] == 0 { return .failed(.binary(line: line + lines)) }
                    value.append(p[j])
                    j += 1
                }
                value.withUnsafeBufferPointer { sink.quoted($0) }
                i = j
            } else {
                var j = i
                // Eight bytes at a time to the field's end; the loop below then stops on it.
                if let base = p.baseAddress {
                    while end &- j >= 8 {
                        let at = ByteWords.firstFieldEnd(in: ByteWords.load(base, j))
                        j &+= at
                        if at < 8 { break }
                    }
                }
                while j < end {
                    let b = p[j]
                    if b == comma || b == lf || b == cr { break }
                    if b == 0 { return .failed(.binary(line: line + lines)) }
                    j += 1
                }
                sink.plain(p, i, j)
                i = j
            }
            if i - start > limit { return .failed(.recordTooLong(line: line, limit: limit)) }
            if i == end {
                if !atEnd { return .needMore }
                return .record(consumed: i - start, lines: lines)
            }
            let delimiter = p[i]
            i += 1
            if delimiter == comma { continue }
            if delimiter == cr {
                if i == end, !atEnd { return .needMore }
                if i < end, p[i] == lf { i += 1 }
            }
            return .record(consumed: i - start, lines: lines + 1)
        }
    }

    /// Reads every remaining record (for small inputs and tests).
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var all: [CSVRecord] = []
        while let r = try next() { all.append(r) }
        return all
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

private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")

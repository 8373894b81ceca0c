import HearthCore

/// Walks each row's fields in the order of its table's columns, with positions resolved once per
/// file, so decoding costs no name lookups; the names stay in the decoding code for the reader
/// and are checked against the table's columns in debug builds. One cursor serves a whole file.
///
/// Values are decoded straight from the row's bytes: a date or a listed code needs no `String`
/// (a national return has millions of them). Anything the fast path does not take — a value to
/// report, an unusual spelling — goes through `FieldDecoder` as text, so results and messages
/// are those of the text path.
struct SSDA903FieldCursor {
    private let columns: [FieldDecoder.Column]
    /// Each column's position in the row, -1 when the file has none: read for every field, so
    /// kept apart from the names, whose strings would be retained and released on each read.
    private let positions: [Int]
    private var fields = CSVFieldBytes.none
    // Column 0 is CHILD, which the reader has already taken.
    private var next = 1
    /// Each code column's list by bytes, made the first time the column is read; values, not
    /// `ByteCodeList` objects, so that a lookup touches no reference count.
    private var codeIndexes: [ByteStringIndex?]
    private var codeStrings: [[String]]

    init(columns: [FieldDecoder.Column]) {
        self.columns = columns
        positions = columns.map { $0.index ?? -1 }
        codeIndexes = Array(repeating: nil, count: columns.count)
        codeStrings = Array(repeating: [], count: columns.count)
    }

    /// Moves on to the next row; its bytes must outlive the decoding of the row.
    mutating func start(_ row: CSVFieldBytes) {
        fields = row
        next = 1
    }

    var line: Int { fields.line }

    mutating func text(_ name: String) -> String? {
        guard let b = bytes(take(name)) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    mutating func day(_ name: String, _ log: inout ProblemLog) -> Day? {
        let column = take(name)
        guard let b = bytes(column) else { return nil }
        if let d = Day(flexibleBytes: b) { return d }
        return decoder(b).day(only(column), &log)
    }

    /// Same result and warning as `FieldDecoder.code`.
    ///
    /// The list is an autoclosure because it is needed only the first time a column is read
    /// and for values off the list: a `CodeList` passed by value was loaded and retained and
    /// released (three references inside it) for every code of a national return.
    mutating func code(_ name: String, _ list: @autoclosure () -> CodeList, _ log: inout ProblemLog) -> String? {
        let column = take(name)
        guard let b = bytes(column) else { return nil }
        if codeIndexes[column] == nil {
            let codes = list().codes
            codeStrings[column] = codes
            codeIndexes[column] = ByteStringIndex(codes)
        }
        if let i = codeIndexes[column]?.index(of: b, 0..<b.count) { return codeStrings[column][i] }
        return decoder(b).code(only(column), list(), &log)
    }

    mutating func flag(_ name: String, _ log: inout ProblemLog) -> Bool? {
        let column = take(name)
        guard let b = bytes(column) else { return nil }
        if b.count == 1, b[0] == UInt8(ascii: "0") || b[0] == UInt8(ascii: "1") { return b[0] == UInt8(ascii: "1") }
        return decoder(b).flag(only(column), &log)
    }

    mutating func int(_ name: String, _ log: inout ProblemLog, range: ClosedRange<Int>) -> Int? {
        let column = take(name)
        guard let b = bytes(column) else { return nil }
        if let v = PlainDigits.value(b, 0..<b.count), range.contains(v) { return v }
        return decoder(b).int(only(column), &log, range: range)
    }

    /// The bytes of the table's column `column`, nil when blank or absent (as `FieldDecoder.text`).
    private func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        let i = positions[column]
        guard i >= 0, i < fields.count else { return nil }
        let b = fields[i]
        return b.isEmpty ? nil : b
    }

    /// The slow path: a decoder holding just this value, as column 0.
    private func decoder(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldDecoder {
        FieldDecoder(line: fields.line, values: [String(decoding: bytes, as: UTF8.self)], columns: [:])
    }

    /// The table's column `column` as the slow path's column 0.
    private func only(_ column: Int) -> FieldDecoder.Column {
        FieldDecoder.Column(name: columns[column].name, index: 0)
    }

    /// The next of the table's columns, by its position in the table.
    private mutating func take(_ name: String) -> Int {
        let column = next
        next += 1
        assert(columns[column].name == name, "decoded \(name) where the table has \(columns[column].name)")
        return column
    }
}

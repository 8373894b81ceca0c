import HearthCore

/// Walks each row's fields in the order of its table's columns, with positions resolved once per
/// file, so decoding costs no name lookups; the names stay in the decoding code for the reader
/// and are checked against the table's columns in debug builds. One cursor serves a whole file.
struct SSDA903FieldCursor {
    private var decoder: FieldDecoder
    private let columns: [FieldDecoder.Column]
    // Column 0 is CHILD, which the reader has already taken.
    private var next = 1
    /// The last code found in each column's list: rows mostly repeat the row before (same child,
    /// same legal status, same provider), and comparing two short strings is far cheaper than
    /// looking one up.
    private var lastValidCode: [String?]

    init(columns: [FieldDecoder.Column]) {
        self.columns = columns
        decoder = FieldDecoder(line: 0, values: [], columns: [:])
        lastValidCode = Array(repeating: nil, count: columns.count)
    }

    /// Moves on to the next row.
    mutating func start(_ row: FieldDecoder) {
        decoder = row
        next = 1
    }

    var line: Int { decoder.line }

    mutating func text(_ name: String) -> String? { decoder.text(take(name)) }

    mutating func day(_ name: String, _ log: inout ProblemLog) -> Day? { decoder.day(take(name), &log) }

    /// Same result and warning as `FieldDecoder.code`.
    mutating func code(_ name: String, _ list: CodeList, _ log: inout ProblemLog) -> String? {
        let position = next
        let column = take(name)
        guard let text = decoder.text(column) else { return nil }
        if text == lastValidCode[position] { return text }
        if list.contains(text) {
            lastValidCode[position] = text
            return text
        }
        return decoder.code(column, list, &log)
    }

    mutating func flag(_ name: String, _ log: inout ProblemLog) -> Bool? { decoder.flag(take(name), &log) }

    mutating func int(_ name: String, _ log: inout ProblemLog, range: ClosedRange<Int>) -> Int? {
        decoder.int(take(name), &log, range: range)
    }

    private mutating func take(_ name: String) -> FieldDecoder.Column {
        let column = columns[next]
        next += 1
        assert(column.name == name, "decoded \(name) where the table has \(column.name)")
        return column
    }
}

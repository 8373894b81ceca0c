import HearthCore

/// Walks one row's fields in the order of its table's columns, with positions resolved once per
/// file, so decoding costs no name lookups; the names stay in the decoding code for the reader
/// and are checked against the table's columns in debug builds.
struct SSDA903FieldCursor {
    private let decoder: FieldDecoder
    private let columns: [FieldDecoder.Column]
    // Column 0 is CHILD, which the reader has already taken.
    private var next = 1

    init(decoder: FieldDecoder, columns: [FieldDecoder.Column]) {
        self.decoder = decoder
        self.columns = columns
    }

    var line: Int { decoder.line }

    mutating func text(_ name: String) -> String? { decoder.text(take(name)) }

    mutating func day(_ name: String, _ log: inout ProblemLog) -> Day? { decoder.day(take(name), &log) }

    mutating func code(_ name: String, _ list: CodeList, _ log: inout ProblemLog) -> String? {
        decoder.code(take(name), list, &log)
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

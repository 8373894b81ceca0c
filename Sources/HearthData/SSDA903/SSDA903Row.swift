import HearthCore

/// What the SSDA903 reader, writer and assembler need from each table's row type, so one
/// generic path serves all eleven tables.
protocol SSDA903Row: Sendable, Equatable {
    static var table: SSDA903Table { get }
    var childID: String { get }
    /// Decodes the fields after CHILD, which the reader has already checked is not blank.
    init(childID: String, fields: inout SSDA903FieldCursor, log: inout ProblemLog)
    /// Appends the row's fields in the order of `table.columns`.
    func encode(into row: inout CSVRowEncoder)
    /// The latest date of something that happened in the reporting year, which places the file
    /// in its collection year; nil for tables whose dates do not (births, UASC end dates).
    var latestEventDate: Day? { get }
    /// The column holding `latestEventDate`, to name it when that date is out of place.
    var latestEventField: String? { get }
}

extension SSDA903Row {
    var latestEventDate: Day? { nil }
    var latestEventField: String? { nil }
}

/// The later of two optional dates.
func latest(_ a: Day?, _ b: Day?) -> Day? {
    guard let a else { return b }
    guard let b else { return a }
    return max(a, b)
}

/// One row of a published table, with its columns by name.
public struct PublishedRow: Sendable, Equatable {
    /// 1-based line of the row in its file, for messages.
    public let line: Int
    /// The row's cells as written, in column order.
    public let fields: [String]
    let columns: PublishedColumns

    /// The raw text of a column, nil when the table has no such column.
    public subscript(column: String) -> String? {
        guard let i = columns.index[column], i < fields.count else { return nil }
        return fields[i]
    }

    /// A measure column read as a published value (symbols kept), nil when there is no such column.
    public func value(_ column: String) -> PublishedValue? {
        self[column].map { PublishedValue(text: $0) }
    }
}

/// Column names and their positions, shared by every row of a table.
final class PublishedColumns: Sendable, Equatable {
    let names: [String]
    let index: [String: Int]

    init(names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() where index[n] == nil { index[n] = i }
        self.index = index
    }

    static func == (a: PublishedColumns, b: PublishedColumns) -> Bool { a.names == b.names }
}

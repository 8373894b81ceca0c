/// A row of one table as it is read back: a plain `Codable` struct whose properties are the
/// table's columns in camel case (decoded with `convertFromSnakeCase`).
protocol TableRow: Codable, Sendable {
    static var table: String { get }
    /// The columns written on import, in the order `values` gives them.
    static var columns: [String] { get }
}

/// One row's values, in `columns` order, ready to bind.
typealias RowValues = [any Encodable & Sendable]

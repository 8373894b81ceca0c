/// A row of one of the programme's tables (migration 6), without the `authority` that opens
/// every key there: `AuthorityTables` binds it, so no row type can be written to or read from
/// another authority by mistake.
protocol AuthorityRow: Codable, Sendable {
    static var table: String { get }
    /// The columns after `authority`, in the order of `values`; the properties are their camel case.
    static var columns: [String] { get }
    var values: RowValues { get }
}

/// A row saved on its own, replacing the one with the same key.
protocol KeyedRow: AuthorityRow {
    /// The key's columns after `authority`.
    static var key: [String] { get }
}

/// How one connection writes many rows into one table, inside the caller's transaction: the
/// import's only hot path, so each database gets its fastest correct way (see the writers).
protocol BulkRowWriter: Sendable {
    /// Writes `rows` into `table`; every row is `leading` (the submission id) then the row's values,
    /// in `columns` order.
    func write(table: String, columns: [String], leading: RowValues, rows: [RowValues]) async throws
}

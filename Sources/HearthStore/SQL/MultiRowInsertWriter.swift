import SQLKit

/// Bulk rows as multi-row `INSERT … VALUES (…), (…)` statements sized for the dialect's parameter
/// limit, through SQLKit: PostgreSQL's fallback when COPY is turned off (to compare).
struct MultiRowInsertWriter: BulkRowWriter {
    let db: any SQLDatabase
    let dialect: StoreDialect
    /// Rows per statement when set; the dialect's choice otherwise.
    var rowsPerStatement: Int?

    func write(table: String, columns: [String], leading: RowValues, rows: [RowValues]) async throws {
        guard !rows.isEmpty else { return }
        let size = max(1, rowsPerStatement ?? dialect.batchSize(columns: columns.count))
        var start = 0
        while start < rows.count {
            let end = min(start + size, rows.count)
            try await db.execute(sql: BulkInsert(table: table, columns: columns, leading: leading, rows: rows[start..<end])) { _ in }
            start = end
        }
    }
}

import SQLKit

/// One open connection of the store: SQL through SQLKit, and the driver's own path for bulk rows.
struct StoreConnection: Sendable {
    let sql: any SQLDatabase
    let bulk: any BulkRowWriter
    private let closed: @Sendable () -> Bool
    private let closeConnection: @Sendable () async throws -> Void

    init(sql: any SQLDatabase, bulk: any BulkRowWriter, isClosed: @escaping @Sendable () -> Bool,
         close: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.bulk = bulk
        self.closed = isClosed
        self.closeConnection = close
    }

    /// Closed by the server or by us (after a rollback failed): not to be lent again.
    var isBroken: Bool { closed() }

    func close() async throws {
        guard !closed() else { return }
        try await closeConnection()
    }
}

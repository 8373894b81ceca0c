import Foundation
import SQLKit

/// The one implementation of `Store`, over SQLKit: the same SQL on SQLite and PostgreSQL, with
/// the differences in `StoreDialect`.
///
/// It holds one connection; `SerialLock` runs one transaction at a time on it.
public final class SQLStore: Store {
    public let location: StoreLocation
    let db: any SQLDatabase
    let lock = SerialLock()
    private let closeConnection: @Sendable () async throws -> Void

    init(database: any SQLDatabase, location: StoreLocation, close: @escaping @Sendable () async throws -> Void) {
        self.db = database
        self.location = location
        self.closeConnection = close
    }

    var dialect: StoreDialect { location.dialect }

    public func close() async throws {
        try await lock.run { try await self.closeConnection() }
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.run {
            try await self.db.raw("\(unsafeRaw: self.dialect.beginTransaction)").run()
            do {
                let result = try await body(self.db)
                try await self.db.raw("COMMIT").run()
                return result
            } catch {
                try? await self.db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// One statement outside any transaction (pragmas, schema set-up).
    func execute(_ sql: String) async throws {
        try await lock.run { try await self.db.raw("\(unsafeRaw: sql)").run() }
    }

    /// Inserts `rows` in multi-row statements sized for the dialect's parameter limit.
    func insert(_ db: any SQLDatabase, table: String, columns: [String], leading: RowValues = [],
                rows: [RowValues]) async throws {
        guard !rows.isEmpty else { return }
        let size = dialect.batchSize(columns: columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + size, rows.count)
            try await db.execute(sql: BulkInsert(table: table, columns: columns, leading: leading, rows: rows[start..<end])) { _ in }
            start = end
        }
    }

    public func schemaVersion() async throws -> Int {
        try await transaction { db -> Int in
            let row = try await db.raw("SELECT MAX(version) AS v FROM schema_migrations").first()
            return try row?.decode(column: "v", as: Int?.self) ?? 0
        }
    }

    public func appliedMigrations() async throws -> [AppliedMigration] {
        try await transaction { db in
            try await db.raw("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
                .all(decoding: AppliedMigration.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
    }
}

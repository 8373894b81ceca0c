import Foundation
import SQLKit

/// The one implementation of `Store`, over SQLKit: the same SQL on SQLite and PostgreSQL, with
/// the differences in `StoreDialect`.
///
/// Every method is one transaction on one connection lent by a pool. Writes go to `writers`:
/// on PostgreSQL a pool of several connections, on SQLite one connection (SQLite has one writer
/// at a time anyway; queueing here is cheaper than its busy-waiting). Reads go to `readers` when
/// there are any (an SQLite file, whose WAL lets readers run beside the writer), else to `writers`.
public final class SQLStore: Store {
    public let location: StoreLocation
    private let writers: ConnectionPool
    private let readers: ConnectionPool?

    init(location: StoreLocation, writers: ConnectionPool, readers: ConnectionPool?) {
        self.location = location
        self.writers = writers
        self.readers = readers
    }

    var dialect: StoreDialect { location.dialect }

    public func close() async throws {
        var firstError: (any Error)?
        do { try await readers?.close() } catch { firstError = error }
        do { try await writers.close() } catch { firstError = firstError ?? error }
        if let firstError { throw firstError }
    }

    /// Runs `body` in one write transaction: committed if it returns, rolled back if it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writeTransaction { try await body($0.sql) }
    }

    /// A write transaction given the whole connection, for imports (which need its bulk path).
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (StoreConnection) async throws -> T) async throws -> T {
        try await writers.withConnection { connection in
            try await Self.run(body, on: connection, begin: dialect.beginTransaction)
        }
    }

    /// Runs `body` in a read-only transaction: every statement in it sees the same committed state.
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await (readers ?? writers).withConnection { connection in
            try await Self.run({ try await body($0.sql) }, on: connection, begin: dialect.beginReadTransaction)
        }
    }

    private static func run<T: Sendable>(_ body: @Sendable (StoreConnection) async throws -> T, on connection: StoreConnection,
                                         begin: String) async throws -> T {
        let db = connection.sql
        try await db.raw("\(unsafeRaw: begin)").run()
        do {
            let result = try await body(connection)
            try await db.raw("COMMIT").run()
            return result
        } catch {
            do {
                try await db.raw("ROLLBACK").run()
            } catch {
                // In an unknown state: closed, so the pool drops it rather than lend it again.
                try? await connection.close()
            }
            throw error
        }
    }

    /// One statement outside any transaction (schema set-up, backup).
    func execute(_ sql: String) async throws {
        try await writers.withConnection { try await $0.sql.raw("\(unsafeRaw: sql)").run() }
    }

    public func schemaVersion() async throws -> Int {
        try await read { db -> Int in
            let row = try await db.raw("SELECT MAX(version) AS v FROM schema_migrations").first()
            return try row?.decode(column: "v", as: Int?.self) ?? 0
        }
    }

    public func appliedMigrations() async throws -> [AppliedMigration] {
        try await read { db in
            try await db.raw("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
                .all(decoding: AppliedMigration.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
    }
}

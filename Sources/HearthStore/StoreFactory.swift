import Foundation
import Logging
import PostgresKit
import SQLiteKit

/// Opens the store at a location: sets up its connection pools, applies migrations.
public enum StoreFactory {
    /// Opens `location`. `postgresSchema`, when given, is created if missing and used as the
    /// search path of every connection, so several stores (tests) can share one PostgreSQL database.
    public static func open(_ location: StoreLocation, postgresSchema: String? = nil, options: StoreOptions = StoreOptions(),
                            logger: Logger = Logger(label: "hearth.store")) async throws -> SQLStore {
        let store: SQLStore
        switch location {
        case .sqliteMemory:
            // Each connection to :memory: is a database of its own, so one connection does everything.
            store = SQLStore(location: location, writers: ConnectionPool(name: "\(location)", capacity: 1) { _ in
                try await sqlite(.memory, pragmas: writerPragmas, options: options, logger: logger)
            }, readers: nil)
        case .sqliteFile(let path):
            // WAL: readers never block the writer and see the last commit; NORMAL sync is durable
            // at each commit in WAL mode up to power loss, and keeps imports fast.
            let writers = ConnectionPool(name: "\(location): writer", capacity: 1) { _ in
                try await sqlite(.file(path: path), pragmas: writerPragmas + ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"],
                                 options: options, logger: logger)
            }
            // query_only: a method sent to a reader by mistake fails instead of writing around the writer.
            let readers = options.sqliteReaders > 0
                ? ConnectionPool(name: "\(location): readers", capacity: options.sqliteReaders) { _ in
                    try await sqlite(.file(path: path), pragmas: ["PRAGMA busy_timeout = 10000", "PRAGMA query_only = ON"],
                                     options: options, logger: logger)
                }
                : nil
            store = SQLStore(location: location, writers: writers, readers: readers)
        case .postgres(let url):
            let config: SQLPostgresConfiguration
            do { config = try SQLPostgresConfiguration(url: url) } catch {
                throw StoreError.badLocation("\(location): \(error)")
            }
            if let schema = postgresSchema, !schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                throw StoreError.badLocation("schema name \(schema)")
            }
            let pool = ConnectionPool(name: "\(location)", capacity: options.postgresPoolSize) { number in
                try await postgres(config, id: number, schema: postgresSchema, options: options, logger: logger)
            }
            store = SQLStore(location: location, writers: pool, readers: nil)
            if let schema = postgresSchema {
                do { try await store.execute("CREATE SCHEMA IF NOT EXISTS \(schema)") } catch {
                    try? await store.close()
                    throw error
                }
            }
        }
        do {
            try await MigrationRunner(store: store).migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// busy_timeout lets a second process wait for the write lock instead of failing at once.
    private static let writerPragmas = ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"]

    private static func sqlite(_ storage: SQLiteConnection.Storage, pragmas: [String], options: StoreOptions,
                               logger: Logger) async throws -> StoreConnection {
        let connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        let db = connection.sql(queryLogLevel: .trace)
        do {
            for pragma in pragmas { try await db.raw("\(unsafeRaw: pragma)").run() }
        } catch {
            try? await connection.close()
            throw error
        }
        return StoreConnection(sql: db, bulk: SQLiteBulkWriter(connection: connection, rowsPerStatement: options.rowsPerInsert),
                               isClosed: { connection.isClosed }, close: { try await connection.close() })
    }

    private static func postgres(_ config: SQLPostgresConfiguration, id: Int, schema: String?, options: StoreOptions,
                                 logger: Logger) async throws -> StoreConnection {
        let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: id, logger: logger)
        let db = connection.sql(queryLogLevel: .trace)
        if let schema {
            do { try await db.raw("SET search_path TO \(unsafeRaw: schema)").run() } catch {
                try? await connection.close()
                throw error
            }
        }
        let bulk: any BulkRowWriter = options.postgresCopy
            ? PostgresCopyWriter(connection: connection, logger: logger)
            : MultiRowInsertWriter(db: db, dialect: .postgres, rowsPerStatement: options.rowsPerInsert)
        return StoreConnection(sql: db, bulk: bulk, isClosed: { connection.isClosed }, close: { try await connection.close() })
    }
}

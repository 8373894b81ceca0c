import Foundation
import Logging
import PostgresKit
import SQLiteKit

/// Opens the store at a location: connects, sets the connection up, applies migrations.
public enum StoreFactory {
    /// Opens `location`. `postgresSchema`, when given, is created if missing and used as the
    /// search path, so several stores (tests) can share one PostgreSQL database.
    public static func open(_ location: StoreLocation, postgresSchema: String? = nil,
                            logger: Logger = Logger(label: "hearth.store")) async throws -> SQLStore {
        let store: SQLStore
        switch location {
        case .sqliteMemory, .sqliteFile:
            let storage: SQLiteConnection.Storage
            if case .sqliteFile(let path) = location {
                storage = .file(path: path)
            } else {
                storage = .memory
            }
            let connection = try await SQLiteConnection.open(storage: storage, logger: logger)
            let db = connection.sql(queryLogLevel: .trace)
            store = SQLStore(database: db, location: location) { try await connection.close() }
            do {
                // WAL: readers never block the writer; NORMAL sync is durable at each commit in WAL mode
                // up to power loss, and keeps imports fast. busy_timeout lets a second process wait.
                for pragma in ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"] {
                    try await store.execute(pragma)
                }
                if case .sqliteFile = location {
                    try await store.execute("PRAGMA journal_mode = WAL")
                    try await store.execute("PRAGMA synchronous = NORMAL")
                }
            } catch {
                try? await store.close()
                throw error
            }
        case .postgres(let url):
            let config: SQLPostgresConfiguration
            do { config = try SQLPostgresConfiguration(url: url) } catch {
                throw StoreError.badLocation("\(location): \(error)")
            }
            let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: 1, logger: logger)
            let db = connection.sql(queryLogLevel: .trace)
            store = SQLStore(database: db, location: location) { try await connection.close() }
            if let schema = postgresSchema {
                guard schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                    try? await store.close()
                    throw StoreError.badLocation("schema name \(schema)")
                }
                try await store.execute("CREATE SCHEMA IF NOT EXISTS \(schema)")
                try await store.execute("SET search_path TO \(schema)")
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
}

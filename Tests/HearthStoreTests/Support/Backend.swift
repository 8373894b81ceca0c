import Foundation
import Testing
@testable import HearthStore

/// A database the conformance suite runs against. PostgreSQL only when
/// `HEARTH_TEST_POSTGRES_URL` is set; each test gets its own schema, dropped afterwards.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqliteMemory, sqliteFile, postgres

    static var available: [Backend] {
        postgresURL == nil ? [.sqliteMemory, .sqliteFile] : allCases
    }

    /// The backends a second process could open too (each connection to `:memory:` is a
    /// database of its own).
    static var shared: [Backend] { available.filter { $0 != .sqliteMemory } }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var testDescription: String { rawValue }

    /// Runs `body` with a fresh, empty store and removes it afterwards.
    func withStore<T>(_ body: (SQLStore) async throws -> T) async throws -> T {
        try await withStores(1) { try await body($0[0]) }
    }

    /// Runs `body` with `count` stores open on one fresh, empty database, as that many processes
    /// would have it, and removes it afterwards.
    func withStores<T>(_ count: Int, _ body: ([SQLStore]) async throws -> T) async throws -> T {
        let database = try fresh()
        var stores: [SQLStore] = []
        do {
            for _ in 0..<count { stores.append(try await StoreFactory.open(database.location, postgresSchema: database.schema)) }
            let result = try await body(stores)
            try await database.remove(stores)
            return result
        } catch {
            try? await database.remove(stores)
            throw error
        }
    }

    private struct Database {
        let location: StoreLocation
        let schema: String?
        let folder: URL?

        func remove(_ stores: [SQLStore]) async throws {
            if let schema, let store = stores.first { try? await store.execute("DROP SCHEMA \(schema) CASCADE") }
            var failure: (any Error)?
            for store in stores {
                do { try await store.close() } catch { failure = failure ?? error }
            }
            if let folder { try? FileManager.default.removeItem(at: folder) }
            if let failure { throw failure }
        }
    }

    private func fresh() throws -> Database {
        switch self {
        case .sqliteMemory:
            return Database(location: .sqliteMemory, schema: nil, folder: nil)
        case .sqliteFile:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return Database(location: .sqliteFile(path: dir.appendingPathComponent("test.sqlite").path), schema: nil, folder: dir)
        case .postgres:
            guard let url = Self.postgresURL else { throw StoreError.badLocation("HEARTH_TEST_POSTGRES_URL not set") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            return Database(location: .postgres(url: url), schema: schema, folder: nil)
        }
    }
}

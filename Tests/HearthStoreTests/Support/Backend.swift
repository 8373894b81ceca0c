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

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var testDescription: String { rawValue }

    /// Runs `body` with a fresh, empty store and removes it afterwards.
    func withStore<T>(_ body: (SQLStore) async throws -> T) async throws -> T {
        let (store, cleanup) = try await open()
        do {
            let result = try await body(store)
            try await cleanup()
            return result
        } catch {
            try? await cleanup()
            throw error
        }
    }

    /// A fresh store and how to remove it.
    func open() async throws -> (SQLStore, @Sendable () async throws -> Void) {
        switch self {
        case .sqliteMemory:
            let store = try await StoreFactory.open(.sqliteMemory)
            return (store, { try await store.close() })
        case .sqliteFile:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let store = try await StoreFactory.open(.sqliteFile(path: dir.appendingPathComponent("test.sqlite").path))
            return (store, {
                try await store.close()
                try? FileManager.default.removeItem(at: dir)
            })
        case .postgres:
            guard let url = Self.postgresURL else { throw StoreError.badLocation("HEARTH_TEST_POSTGRES_URL not set") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let store = try await StoreFactory.open(.postgres(url: url), postgresSchema: schema)
            return (store, {
                try? await store.execute("DROP SCHEMA \(schema) CASCADE")
                try await store.close()
            })
        }
    }
}

import Foundation
@testable import HearthStore
import SQLiteKit
import Testing

/// The pool never lends more connections than it holds, serves every caller, and replaces a
/// connection that comes back broken.
@Suite("Connection pool")
struct ConnectionPoolTests {
    /// Counts what the pool does with its connections.
    actor Tally {
        var opened = 0, lent = 0, mostLent = 0
        func open() { opened += 1 }
        func borrow() { lent += 1; mostLent = max(mostLent, lent) }
        func giveBack() { lent -= 1 }
    }

    static func pool(capacity: Int, tally: Tally) -> ConnectionPool {
        ConnectionPool(name: "test", capacity: capacity) { _ in
            await tally.open()
            let connection = try await SQLiteConnection.open(storage: .memory)
            let db = connection.sql()
            return StoreConnection(sql: db, bulk: MultiRowInsertWriter(db: db, dialect: .sqlite),
                                   isClosed: { connection.isClosed }, close: { try await connection.close() })
        }
    }

    @Test("50 callers share 3 connections, never more than 3 lent at once")
    func bounded() async throws {
        let tally = Tally()
        let pool = Self.pool(capacity: 3, tally: tally)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<50 {
                group.addTask {
                    let n = try await pool.withConnection { connection in
                        await tally.borrow()
                        try await Task.sleep(for: .milliseconds(2))
                        let row = try await connection.sql.raw("SELECT \(bind: i) AS n").first()
                        await tally.giveBack()
                        return try row?.decode(column: "n", as: Int.self)
                    }
                    #expect(n == i)
                }
            }
            try await group.waitForAll()
        }
        #expect(await tally.mostLent == 3)
        #expect(await tally.opened == 3)
        try await pool.close()
    }

    @Test("a connection that comes back closed is replaced; a closed pool refuses callers")
    func broken() async throws {
        let tally = Tally()
        let pool = Self.pool(capacity: 1, tally: tally)
        try await pool.withConnection { try await $0.close() }
        try await pool.withConnection { connection in
            #expect(!connection.isBroken)
            _ = try await connection.sql.raw("SELECT 1 AS one").first()
        }
        #expect(await tally.opened == 2)
        try await pool.close()
        await #expect(throws: StoreError.self) { try await pool.withConnection { _ in } }
    }
}

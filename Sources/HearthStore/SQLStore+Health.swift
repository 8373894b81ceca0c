import Foundation
import SQLKit

extension SQLStore {
    public func writeHeartbeat(at date: Date) async throws {
        // Committed, not rolled back: a full disk shows only when the write reaches the file
        // (SQLite's WAL, PostgreSQL's WAL), and a rolled-back write never gets that far.
        try await transaction { db in
            try await db.raw("UPDATE health_heartbeat SET at = \(bind: SQLValue.time(date)) WHERE id = 1").run()
        }
    }
}

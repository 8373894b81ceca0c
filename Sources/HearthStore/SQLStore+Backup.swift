import Foundation
import SQLKit

extension SQLStore {
    /// Writes a consistent copy of an SQLite store to `path` while it stays in use
    /// (`VACUUM INTO` reads one snapshot). PostgreSQL is backed up with its own tools.
    public func backup(to path: String) async throws {
        guard dialect == .sqlite else {
            throw StoreError.badLocation("PostgreSQL is backed up with pg_dump, not by Hearth")
        }
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.duplicate(path) }
        let quoted = path.replacingOccurrences(of: "'", with: "''")
        try await execute("VACUUM INTO '\(quoted)'")
    }
}

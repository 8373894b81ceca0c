import Foundation
import SQLKit

extension SQLStore {
    public func users() async throws -> [StoredUser] {
        let rows = try await transaction { db in
            try await db.raw("SELECT id, name, role, password_hash, created_at FROM users ORDER BY name")
                .all(decoding: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return try rows.map { try $0.user() }
    }
}

import Foundation
import SQLKit

extension SQLStore {
    public func users() async throws -> [StoredUser] {
        let rows = try await read { db in
            try await db.raw("SELECT id, name, role, password_hash, created_at, email FROM users ORDER BY name")
                .all(decoding: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return try rows.map { try $0.user() }
    }
}

extension SQLStore {
    public func setRole(_ role: UserRole, forUser name: String) async throws {
        try await transaction { db in
            guard try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil else {
                throw StoreError.notFound("user \(name)")
            }
            try await db.raw("UPDATE users SET role = \(bind: role.rawValue) WHERE name = \(bind: name)").run()
        }
    }

    /// Sets or clears (nil) the address the user's digest goes to.
    public func setEmail(_ email: String?, forUser name: String) async throws {
        try await transaction { db in
            guard try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil else {
                throw StoreError.notFound("user \(name)")
            }
            try await db.raw("UPDATE users SET email = \(bind: email) WHERE name = \(bind: name)").run()
        }
    }

    /// Removes the user and ends their sessions; their audit records stay.
    public func removeUser(named name: String) async throws {
        try await transaction { db in
            guard let id = try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first(decodingColumn: "id", as: Int.self) else {
                throw StoreError.notFound("user \(name)")
            }
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM users WHERE id = \(bind: id)").run()
        }
    }
}

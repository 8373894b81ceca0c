import Crypto
import Foundation
import SQLKit

extension SQLStore {
    public func createUser(_ user: NewUser) async throws -> StoredUser {
        let created = SQLValue.time(user.createdAt)
        let id = try await transaction { db -> Int in
            // ON CONFLICT rather than a SELECT first: two requests creating the same name at once
            // on two pooled connections must not both pass the check.
            guard let id = try await db.raw("""
                INSERT INTO users (name, role, password_hash, created_at)
                VALUES (\(bind: user.name), \(bind: user.role.rawValue), \(bind: user.passwordHash), \(bind: created))
                ON CONFLICT (name) DO NOTHING RETURNING id
                """).first(decodingColumn: "id", as: Int.self) else { throw StoreError.duplicate("user \(user.name)") }
            return id
        }
        return StoredUser(id: id, name: user.name, role: user.role, passwordHash: user.passwordHash,
                          createdAt: SQLValue.time(created) ?? user.createdAt)
    }

    public func user(named name: String) async throws -> StoredUser? {
        let row = try await read { db in
            try await db.raw("SELECT id, name, role, password_hash, created_at, email FROM users WHERE name = \(bind: name)")
                .first(decoding: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return try row?.user()
    }

    public func createSession(token: String, userID: Int, expiresAt: Date, csrfToken: String) async throws {
        let hash = Self.tokenHash(token)
        try await transaction { db in
            try await db.raw("""
                INSERT INTO sessions (token_hash, user_id, expires_at, created_at, csrf_token)
                VALUES (\(bind: hash), \(bind: userID), \(bind: SQLValue.time(expiresAt)), \(bind: SQLValue.time(Date())), \(bind: csrfToken))
                """).run()
        }
    }

    public func session(token: String, now: Date) async throws -> StoredSession? {
        let hash = Self.tokenHash(token)
        let row = try await read { db in
            try await db.raw("""
                SELECT u.id, u.name, u.role, u.password_hash, u.created_at, u.email, s.expires_at, s.csrf_token FROM sessions s
                JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(bind: hash)
                """).first(decoding: SessionRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        guard let row, let expires = SQLValue.time(row.expiresAt) else { return nil }
        guard expires > now else { return nil }
        let user = try UserRow(id: row.id, name: row.name, role: row.role, passwordHash: row.passwordHash,
                               createdAt: row.createdAt, email: row.email).user()
        return StoredSession(user: user, expiresAt: expires, csrfToken: row.csrfToken)
    }

    public func deleteSession(token: String) async throws {
        let hash = Self.tokenHash(token)
        try await transaction { db in
            try await db.raw("DELETE FROM sessions WHERE token_hash = \(bind: hash)").run()
        }
    }

    public func recordAudit(_ entry: AuditEntry) async throws {
        try await transaction { db in
            try await db.raw("""
                INSERT INTO audit_records (at, user_name, action, subject, address)
                VALUES (\(bind: SQLValue.time(entry.at)), \(bind: entry.user), \(bind: entry.action), \(bind: entry.subject),
                        \(bind: entry.address))
                """).run()
        }
    }

    public func auditRecords(user: String?, limit: Int) async throws -> [AuditEntry] {
        let rows = try await read { db in
            if let user {
                return try await db.raw("""
                    SELECT at, user_name, action, subject, address FROM audit_records WHERE user_name = \(bind: user)
                    ORDER BY at DESC, id DESC LIMIT \(bind: limit)
                    """).all(decoding: AuditRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            }
            return try await db.raw("""
                SELECT at, user_name, action, subject, address FROM audit_records ORDER BY at DESC, id DESC LIMIT \(bind: limit)
                """).all(decoding: AuditRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return rows.map { AuditEntry(at: SQLValue.time($0.at) ?? Date(timeIntervalSince1970: 0), user: $0.userName,
                                     action: $0.action, subject: $0.subject, address: $0.address) }
    }

    static func tokenHash(_ token: String) -> String { sha256Hex(Data(token.utf8)) }
}

struct UserRow: Codable, Sendable {
    let id: Int
    let name: String
    let role: String
    let passwordHash: String
    let createdAt: String
    let email: String?

    func user() throws -> StoredUser {
        guard let role = UserRole(rawValue: role), let created = SQLValue.time(createdAt) else {
            throw StoreError.corrupt("user \(name)")
        }
        return StoredUser(id: id, name: name, role: role, passwordHash: passwordHash, createdAt: created, email: email)
    }
}

struct SessionRow: Codable, Sendable {
    let id: Int
    let name: String
    let role: String
    let passwordHash: String
    let createdAt: String
    let email: String?
    let expiresAt: String
    let csrfToken: String
}

struct AuditRow: Codable, Sendable {
    let at: String
    let userName: String
    let action: String
    let subject: String
    let address: String
}

import Foundation
import SQLKit

extension SQLStore {
    public func queueMessages(_ messages: [OutboxMessage.New], at: Date, authority: String) async throws -> [OutboxMessage] {
        try await transaction { db in
            var stored: [OutboxMessage] = []
            for m in messages {
                // ON CONFLICT rather than a SELECT first: the server's daily run and `hearth digest`
                // at the same moment must not both make the day's message.
                guard let id = try await db.raw("""
                    INSERT INTO outbox (authority, day, recipient, address, subject, body, calendar, items, created_at, attempts)
                    VALUES (\(bind: authority), \(bind: m.day), \(bind: m.recipient), \(bind: m.address), \(bind: m.subject),
                            \(bind: m.body), \(bind: m.calendar), \(bind: m.items), \(bind: SQLValue.time(at)), \(bind: 0))
                    ON CONFLICT (authority, day, recipient) DO NOTHING RETURNING id
                    """).first(decodingColumn: "id", as: Int.self) else { continue }
                stored.append(OutboxMessage(id: id, day: m.day, recipient: m.recipient, address: m.address, subject: m.subject,
                                            body: m.body, calendar: m.calendar, items: m.items, createdAt: at))
            }
            return stored
        }
    }

    public func outbox(recipient: String?, limit: Int, authority: String) async throws -> [OutboxMessage] {
        try await read { db in
            let rows: [OutboxRow]
            if let recipient {
                rows = try await db.raw("""
                    SELECT \(unsafeRaw: OutboxRow.columns) FROM outbox WHERE authority = \(bind: authority) AND recipient = \(bind: recipient)
                    ORDER BY day DESC, id DESC LIMIT \(bind: limit)
                    """).all(decoding: OutboxRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            } else {
                rows = try await db.raw("""
                    SELECT \(unsafeRaw: OutboxRow.columns) FROM outbox WHERE authority = \(bind: authority)
                    ORDER BY day DESC, id DESC LIMIT \(bind: limit)
                    """).all(decoding: OutboxRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            }
            return try rows.map { try $0.message() }
        }
    }

    public func outboxMessage(id: Int, authority: String) async throws -> OutboxMessage? {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: OutboxRow.columns) FROM outbox WHERE authority = \(bind: authority) AND id = \(bind: id)
                """).first(decoding: OutboxRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.message()
        }
    }

    public func unsentMessages(day: String, maxAttempts: Int, authority: String) async throws -> [OutboxMessage] {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: OutboxRow.columns) FROM outbox WHERE authority = \(bind: authority) AND day = \(bind: day) AND sent_at IS NULL
                  AND address IS NOT NULL AND attempts < \(bind: maxAttempts) ORDER BY id
                """).all(decoding: OutboxRow.self, keyDecodingStrategy: .convertFromSnakeCase).map { try $0.message() }
        }
    }

    public func recordDelivery(id: Int, sentAt: Date?, error: String?, authority: String) async throws {
        try await transaction { db in
            guard try await db.raw("SELECT id FROM outbox WHERE authority = \(bind: authority) AND id = \(bind: id)").first() != nil else {
                throw StoreError.notFound("message \(id) of the outbox")
            }
            try await db.raw("""
                UPDATE outbox SET attempts = attempts + 1, sent_at = \(bind: sentAt.map { SQLValue.time($0) as String }), last_error = \(bind: error)
                WHERE authority = \(bind: authority) AND id = \(bind: id)
                """).run()
        }
    }
}

/// A row of `outbox`, decoded by column name.
struct OutboxRow: Codable, Sendable {
    static let columns = "id, day, recipient, address, subject, body, calendar, items, created_at, sent_at, attempts, last_error"

    let id: Int
    let day: String
    let recipient: String
    let address: String?
    let subject: String
    let body: String
    let calendar: String
    let items: Int
    let createdAt: String
    let sentAt: String?
    let attempts: Int
    let lastError: String?

    func message() throws -> OutboxMessage {
        guard let created = SQLValue.time(createdAt) else { throw StoreError.corrupt("message \(id) of the outbox") }
        return OutboxMessage(id: id, day: day, recipient: recipient, address: address, subject: subject, body: body, calendar: calendar,
                             items: items, createdAt: created, sentAt: sentAt.flatMap { SQLValue.time($0) as Date? }, attempts: attempts, lastError: lastError)
    }
}

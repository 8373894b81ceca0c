import Foundation
import HearthCore
import Testing
@testable import HearthStore

/// The digest's outbox and users' addresses on every database: a day's message is made once per
/// recipient, an unsent one is offered again until it has been tried enough, and each authority
/// sees only its own.
@Suite("Outbox store")
struct OutboxStoreTests {
    static func message(_ recipient: String, day: String = "2026-12-07", address: String? = "someone@council.gov.uk") -> OutboxMessage.New {
        OutboxMessage.New(day: day, recipient: recipient, address: address, subject: "Your improvement actions: 1 overdue",
                          body: "Digest for \(recipient)\n", calendar: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", items: 1)
    }

    @Test("a day's message is made once per recipient, whoever asks twice", arguments: Backend.available)
    func oncePerDay(backend: Backend) async throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        try await backend.withStore { store in
            // Given the day's digest made for two owners
            let first = try await store.queueMessages([Self.message("hos"), Self.message("pa.lead", address: nil)], at: at, authority: "876")
            #expect(first.map(\.recipient) == ["hos", "pa.lead"])
            // When it is made again the same day (the server's run and `hearth digest` both), and the next day
            let again = try await store.queueMessages([Self.message("hos"), Self.message("pa.lead", address: nil)], at: at, authority: "876")
            let next = try await store.queueMessages([Self.message("hos", day: "2026-12-08")], at: at, authority: "876")
            // Then the second run made nothing, the next day's is new, and another authority's outbox is empty
            #expect(again.isEmpty)
            #expect(next.count == 1)
            #expect(try await store.outbox(recipient: nil, limit: 10, authority: "876").map(\.day) == ["2026-12-08", "2026-12-07", "2026-12-07"])
            #expect(try await store.outbox(recipient: "pa.lead", limit: 10, authority: "876").map(\.recipient) == ["pa.lead"])
            #expect(try await store.outbox(recipient: nil, limit: 10, authority: "857").isEmpty)
            let held = try #require(try await store.outboxMessage(id: first[0].id, authority: "876"))
            #expect(held == first[0])
            #expect(try await store.outboxMessage(id: first[0].id, authority: "857") == nil)
        }
    }

    @Test("an unsent message is offered until it is sent or has been tried enough", arguments: Backend.available)
    func delivery(backend: Backend) async throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        try await backend.withStore { store in
            let queued = try await store.queueMessages([Self.message("hos"), Self.message("dcs"), Self.message("pa.lead", address: nil)],
                                                       at: at, authority: "876")
            let (hos, dcs) = (queued[0].id, queued[1].id)
            // A message with no address is never offered for sending, nor one of another day
            #expect(try await store.unsentMessages(day: "2026-12-08", maxAttempts: 2, authority: "876").isEmpty)
            #expect(try await store.unsentMessages(day: "2026-12-07", maxAttempts: 2, authority: "876").map(\.recipient) == ["hos", "dcs"])
            // When hos's is sent and dcs's fails twice
            try await store.recordDelivery(id: hos, sentAt: at.addingTimeInterval(60), error: nil, authority: "876")
            try await store.recordDelivery(id: dcs, sentAt: nil, error: "the mail relay refused RCPT: 550 no such user", authority: "876")
            #expect(try await store.unsentMessages(day: "2026-12-07", maxAttempts: 2, authority: "876").map(\.recipient) == ["dcs"])
            try await store.recordDelivery(id: dcs, sentAt: nil, error: "the mail relay refused RCPT: 550 no such user", authority: "876")
            // Then neither is offered again, and each says what happened
            #expect(try await store.unsentMessages(day: "2026-12-07", maxAttempts: 2, authority: "876").isEmpty)
            let sent = try #require(try await store.outboxMessage(id: hos, authority: "876"))
            #expect(sent.sentAt == at.addingTimeInterval(60) && sent.attempts == 1 && sent.lastError == nil)
            let failed = try #require(try await store.outboxMessage(id: dcs, authority: "876"))
            #expect(failed.sentAt == nil && failed.attempts == 2 && failed.lastError == "the mail relay refused RCPT: 550 no such user")
            await #expect(throws: StoreError.notFound("message 999 of the outbox")) {
                try await store.recordDelivery(id: 999, sentAt: at, error: nil, authority: "876")
            }
        }
    }

    @Test("a user's digest address is set, read with the user and their session, and cleared", arguments: Backend.available)
    func email(backend: Backend) async throws {
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        try await backend.withStore { store in
            let hos = try await store.createUser(NewUser(name: "hos", role: .contributor, passwordHash: "x", createdAt: now))
            #expect(hos.email == nil)
            try await store.setEmail("head.of.service@council.gov.uk", forUser: "hos")
            try await store.createSession(token: "t", userID: hos.id, expiresAt: now.addingTimeInterval(3600), csrfToken: "c")
            #expect(try await store.user(named: "hos")?.email == "head.of.service@council.gov.uk")
            #expect(try await store.users().first?.email == "head.of.service@council.gov.uk")
            #expect(try await store.session(token: "t", now: now)?.user.email == "head.of.service@council.gov.uk")
            #expect(try await store.user(named: "hos")?.role == .contributor)
            try await store.setEmail(nil, forUser: "hos")
            #expect(try await store.user(named: "hos")?.email == nil)
            await #expect(throws: StoreError.notFound("user nobody")) { try await store.setEmail("a@b.uk", forUser: "nobody") }
        }
    }
}

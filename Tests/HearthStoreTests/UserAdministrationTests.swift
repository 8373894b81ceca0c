import Foundation
import Testing
@testable import HearthStore

@Suite("User administration")
struct UserAdministrationTests {
    @Test("users are listed by name, change role, and removal ends their sessions", arguments: Backend.available)
    func administration(backend: Backend) async throws {
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        try await backend.withStore { store in
            // Given two users, one signed in
            _ = try await store.createUser(NewUser(name: "zoe", role: .viewer, passwordHash: "x", createdAt: now))
            let ana = try await store.createUser(NewUser(name: "ana", role: .analyst, passwordHash: "y", createdAt: now))
            try await store.createSession(token: "ana-token", userID: ana.id, expiresAt: now.addingTimeInterval(3600), csrfToken: "ana-csrf")
            #expect(try await store.users().map(\.name) == ["ana", "zoe"])

            // When zoe becomes a board member and ana is removed
            try await store.setRole(.board, forUser: "zoe")
            try await store.removeUser(named: "ana")

            // Then
            #expect(try await store.user(named: "zoe")?.role == .board)
            #expect(try await store.user(named: "ana") == nil)
            #expect(try await store.session(token: "ana-token", now: now) == nil)
            await #expect(throws: StoreError.notFound("user nobody")) { try await store.removeUser(named: "nobody") }
            await #expect(throws: StoreError.notFound("user nobody")) { try await store.setRole(.admin, forUser: "nobody") }
        }
    }
}

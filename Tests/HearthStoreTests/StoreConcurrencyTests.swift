import Foundation
import HearthCore
import HearthData
@testable import HearthStore
import Testing

/// Many callers at once, as the web server makes them: each gets its own answer, nothing is lost,
/// and an import running meanwhile lands whole.
@Suite("Store concurrency")
struct StoreConcurrencyTests {
    static let callers = 50

    @Test("50 concurrent sessions, lookups and audit records, beside an import", arguments: Backend.available)
    func sessionsAndAudit(backend: Backend) async throws {
        // Rutland's returns: the import is in flight while the callers run, at a fifth of Halton's size
        // (the full-size round trip is the conformance suite's).
        let returns = try await GeneratedReturns.rutland()
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        try await backend.withStore { store in
            // Given users, each with a session
            var users: [StoredUser] = []
            for i in 0..<5 {
                users.append(try await store.createUser(NewUser(name: "user\(i)", role: .analyst, passwordHash: "h\(i)", createdAt: now)))
            }
            let owners = users
            for i in 0..<Self.callers {
                try await store.createSession(token: "token-\(i)", userID: owners[i % owners.count].id,
                                              expiresAt: now.addingTimeInterval(3600), csrfToken: "csrf-\(i)")
            }

            // When 50 callers each look their session up, record an audit entry and read the trail,
            // while one more imports a submission
            let started = Date()
            let stored = try await withThrowingTaskGroup(of: String?.self) { group in
                group.addTask {
                    guard case .stored(let s) = try await store.importSubmission(returns.request()) else { return nil }
                    return "submission \(s.id)"
                }
                for i in 0..<Self.callers {
                    group.addTask {
                        let session = try await store.session(token: "token-\(i)", now: now)
                        #expect(session?.user == owners[i % owners.count], "caller \(i)")
                        try await store.recordAudit(AuditEntry(at: now.addingTimeInterval(Double(i)), user: "user\(i % owners.count)",
                                                               action: "view", subject: "caller \(i)"))
                        let mine = try await store.auditRecords(user: "user\(i % owners.count)", limit: 1000)
                        #expect(mine.contains { $0.subject == "caller \(i)" }, "caller \(i) cannot read its own audit record")
                        return nil
                    }
                }
                var stored: [String] = []
                for try await result in group { if let result { stored.append(result) } }
                return stored
            }
            let elapsed = Date().timeIntervalSince(started)

            // Then every record is there once, every session still resolves, and the import is whole
            #expect(stored.count == 1)
            let trail = try await store.auditRecords(user: nil, limit: 1000)
            #expect(trail.count == Self.callers)
            #expect(Set(trail.map(\.subject)) == Set((0..<Self.callers).map { "caller \($0)" }))
            #expect(trail.map(\.at) == trail.map(\.at).sorted(by: >))
            for i in 0..<Self.callers {
                #expect(try await store.session(token: "token-\(i)", now: now)?.user == owners[i % owners.count])
            }
            #expect(try await store.latestDataset(authority: "857") == returns.dataset)
            print("concurrency (\(backend.rawValue)): \(Self.callers) callers and an import in \(String(format: "%.2f", elapsed)) s")
        }
    }

    @Test("concurrent creation of one user name: one succeeds, the rest are told it exists", arguments: Backend.available)
    func duplicateUsers(backend: Backend) async throws {
        try await backend.withStore { store in
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for i in 0..<20 {
                    group.addTask {
                        do {
                            _ = try await store.createUser(NewUser(name: "same", role: .viewer, passwordHash: "h\(i)"))
                            return true
                        } catch StoreError.duplicate {
                            return false
                        }
                    }
                }
                var created = 0
                for try await ok in group where ok { created += 1 }
                return created
            }
            #expect(outcomes == 1)
            #expect(try await store.user(named: "same") != nil)
        }
    }

    @Test("two imports of the same files at once store one submission", arguments: Backend.available)
    func concurrentSameImport(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        try await backend.withStore { store in
            let outcomes = try await withThrowingTaskGroup(of: ImportOutcome.self) { group in
                for _ in 0..<2 { group.addTask { try await store.importSubmission(returns.request()) } }
                var all: [ImportOutcome] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            let stored = outcomes.filter { if case .stored = $0 { true } else { false } }
            let again = outcomes.filter { if case .alreadyStored = $0 { true } else { false } }
            #expect(stored.count == 1 && again.count == 1, "\(outcomes)")
            #expect(try await store.submissions(authority: "857").count == 1)
        }
    }
}

import Foundation
import HearthCore
import HearthData
@testable import HearthStore
import Testing

/// One suite, every database: what the store promises, whichever database keeps it.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("migrations are numbered, recorded and idempotent", arguments: Backend.available)
    func migrations(backend: Backend) async throws {
        try await backend.withStore { store in
            // Given a freshly opened store
            #expect(try await store.schemaVersion() == Migration.all.map(\.version).max())
            // When the runner runs again
            try await MigrationRunner(store: store).migrate()
            // Then nothing more is applied
            let applied = try await store.appliedMigrations()
            #expect(applied.map(\.version) == Migration.all.map(\.version))
            #expect(applied.map(\.name) == Migration.all.map(\.name))
        }
    }

    @Test("the latest dataset equals the dataset read from the files", arguments: Backend.available)
    func latestDatasetEqualsFiles(backend: Backend) async throws {
        let returns = try await GeneratedReturns.halton()
        #expect(returns.dataset.cin != nil && returns.dataset.ssda903 != nil && returns.dataset.ssda903Previous != nil)
        #expect(returns.dataset.annexA != nil && returns.dataset.workforce != nil)
        try await backend.withStore { store in
            let outcome = try await store.importSubmission(returns.request())
            guard case .stored(let s) = outcome else {
                Issue.record("not stored: \(outcome)")
                return
            }
            #expect(s.fileCount == returns.files.count)
            let latest = try await store.latestDataset(authority: "876")
            #expect(latest == returns.dataset)
            #expect(try await store.dataset(submission: s.id) == returns.dataset)
        }
    }

    @Test("importing the same files again changes nothing and says so", arguments: Backend.available)
    func reimportIsNoOp(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        try await backend.withStore { store in
            guard case .stored(let first) = try await store.importSubmission(returns.request()) else {
                Issue.record("first import not stored")
                return
            }
            let counts = try await store.rowCounts(submission: first.id)
            let again = try await store.importSubmission(returns.request(by: "someone else"))
            #expect(again == .alreadyStored(first))
            #expect(try await store.submissions(authority: "857").count == 1)
            #expect(try await store.rowCounts(submission: first.id) == counts)
        }
    }

    @Test("a set with a fatal problem is refused and leaves the store unchanged", arguments: Backend.available)
    func refusedImport(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let broken = ReturnSet(dataset: returns.dataset, files: returns.returnSet.files,
                               problems: returns.returnSet.problems + [DataProblem(.fatal, file: "episodes.csv", message: "cannot be read")])
        try await backend.withStore { store in
            let outcome = try await store.importSubmission(
                ImportRequest(returnSet: broken, files: returns.files, importedBy: "analyst"))
            guard case .refused(let reasons) = outcome else {
                Issue.record("not refused: \(outcome)")
                return
            }
            #expect(reasons.contains { $0.contains("cannot be read") })
            #expect(try await store.submissions(authority: nil).isEmpty)
            #expect(try await store.latestDataset(authority: "857") == Dataset(authorityCode: "857"))
        }
    }

    @Test("older submissions stay queryable; the latest is what the dataset is made of", arguments: Backend.available)
    func olderSubmissionsKept(backend: Backend) async throws {
        let first = try await GeneratedReturns.rutland(seed: 7)
        let second = try await GeneratedReturns.rutland(seed: 8)
        try await backend.withStore { store in
            guard case .stored(let a) = try await store.importSubmission(first.request()),
                  case .stored(let b) = try await store.importSubmission(second.request()) else {
                Issue.record("imports not stored")
                return
            }
            #expect(b.id > a.id)
            #expect(try await store.submissions(authority: "857").map(\.id) == [a.id, b.id])
            #expect(try await store.latestDataset(authority: "857") == second.dataset)
            #expect(try await store.dataset(submission: a.id) == first.dataset)
        }
    }

    @Test("indicator snapshots round trip", arguments: Backend.available)
    func snapshots(backend: Backend) async throws {
        let period = ReportingPeriod.financialYear(2025)
        let at = Date(timeIntervalSince1970: 1_760_000_000.25)
        let result = IndicatorSnapshot(indicatorID: "icpc_15wd", authority: "876", period: period, value: 0.8, numerator: 8,
                                       denominator: 10, note: nil, computedAt: at, sourceSubmissionIDs: [1, 2])
        let empty = IndicatorSnapshot(indicatorID: "icpc_15wd", authority: "876", period: .financialYear(2024), value: nil,
                                      numerator: 0, denominator: 0, note: "no ICPCs", computedAt: at, sourceSubmissionIDs: [])
        try await backend.withStore { store in
            try await store.saveSnapshot(result)
            try await store.saveSnapshot(empty)
            let back = try await store.snapshots(indicator: "icpc_15wd", authority: "876")
            #expect(back == [empty, result])
            #expect(try await store.snapshots(indicator: "icpc_15wd", authority: "999").isEmpty)
        }
    }

    @Test("users, sessions and audit records", arguments: Backend.available)
    func access(backend: Backend) async throws {
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        try await backend.withStore { store in
            // Given a user
            let ana = try await store.createUser(NewUser(name: "ana", role: .analyst, passwordHash: "$2b$12$abc", createdAt: now))
            #expect(try await store.user(named: "ana") == ana)
            #expect(try await store.user(named: "bob") == nil)
            await #expect(throws: StoreError.duplicate("user ana")) {
                _ = try await store.createUser(NewUser(name: "ana", role: .viewer, passwordHash: "x"))
            }
            // When a session is made, then it is found until it expires, and not after deletion
            try await store.createSession(token: "secret-token", userID: ana.id, expiresAt: now.addingTimeInterval(3600), csrfToken: "ana-csrf")
            #expect(try await store.session(token: "secret-token", now: now)?.user == ana)
            #expect(try await store.session(token: "secret-token", now: now)?.csrfToken == "ana-csrf")
            #expect(try await store.session(token: "secret-token", now: now.addingTimeInterval(7200)) == nil)
            #expect(try await store.session(token: "other", now: now) == nil)
            try await store.deleteSession(token: "secret-token")
            #expect(try await store.session(token: "secret-token", now: now) == nil)
            // And audit records come back newest first
            let first = AuditEntry(at: now, user: "ana", action: "view", subject: "drill-down icpc_15wd 2024-25")
            let second = AuditEntry(at: now.addingTimeInterval(60), user: "ana", action: "export", subject: "board pack 2025-06")
            try await store.recordAudit(first)
            try await store.recordAudit(second)
            try await store.recordAudit(AuditEntry(at: now, user: "bob", action: "view", subject: "caseloads"))
            #expect(try await store.auditRecords(user: "ana", limit: 10) == [second, first])
            #expect(try await store.auditRecords(user: nil, limit: 10).count == 3)
            // And an entry keeps the client address, given or taken from the request being served
            let given = AuditEntry(at: now, user: "carl", action: "sign-in failed", subject: "wrong password", address: "203.0.113.7")
            try await store.recordAudit(given)
            let served = AuditEntry.$requestAddress.withValue("2001:db8::1") {
                AuditEntry(at: now, user: "dee", action: "view", subject: "overview")
            }
            try await store.recordAudit(served)
            #expect(try await store.auditRecords(user: "carl", limit: 1).first?.address == "203.0.113.7")
            #expect(try await store.auditRecords(user: "dee", limit: 1).first?.address == "2001:db8::1")
        }
    }

    @Test("the heartbeat is written, and refused when the database takes no writes", arguments: Backend.available)
    func heartbeat(backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.writeHeartbeat(at: Date())
            guard backend != .postgres else { return }
            // SQLite's own read-only switch on the one writing connection: the same refusal a
            // read-only file gives (a chmod does not stop root, under which CI may run).
            try await store.execute("PRAGMA query_only = ON")
            await #expect(throws: (any Error).self) { try await store.writeHeartbeat(at: Date()) }
        }
    }
}

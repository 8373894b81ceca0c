import Foundation
import HearthCore
import HearthData

/// Where Hearth keeps what it has imported and computed. Each method is one transaction, named
/// for what the caller wants; callers never see SQL.
public protocol Store: ProgrammeStore, StaffingStore, BoardPackStore, LocalMeasureStore, SelfEvaluationStore, OutboxStore {
    /// Which database this is and where, for people (`hearth db status`).
    var location: StoreLocation { get }

    /// Stores a read set of returns as one immutable submission, all or nothing.
    func importSubmission(_ request: ImportRequest) async throws -> ImportOutcome
    /// The dataset the latest submission of each return (and SSDA903 year) makes up.
    func latestDataset(authority: String) async throws -> Dataset
    /// The dataset exactly as one submission held it.
    func dataset(submission id: Int) async throws -> Dataset
    /// Every submission of an authority (all authorities when nil), oldest first.
    func submissions(authority: String?) async throws -> [SubmissionSummary]

    /// Stores snapshots in one transaction: a re-compute lands whole or not at all.
    func saveSnapshots(_ snapshots: [IndicatorSnapshot]) async throws
    /// Snapshots of one indicator, by period end then computation time.
    func snapshots(indicator: String, authority: String) async throws -> [IndicatorSnapshot]

    func createUser(_ user: NewUser) async throws -> StoredUser
    func user(named name: String) async throws -> StoredUser?
    /// Every user, by name.
    func users() async throws -> [StoredUser]
    func setRole(_ role: UserRole, forUser name: String) async throws
    func setEmail(_ email: String?, forUser name: String) async throws
    /// Removes the user and ends their sessions; their audit records stay.
    func removeUser(named name: String) async throws
    /// Keeps a hash of `token` (never the token) for the user until `expiresAt`, with the CSRF
    /// token the session's forms must carry (not a secret on its own: it is useless without the session).
    func createSession(token: String, userID: Int, expiresAt: Date, csrfToken: String) async throws
    /// The session for `token` if it exists and has not expired at `now`.
    func session(token: String, now: Date) async throws -> StoredSession?
    func deleteSession(token: String) async throws

    func recordAudit(_ entry: AuditEntry) async throws
    /// Audit records, newest first, of one user (every user when nil).
    func auditRecords(user: String?, limit: Int) async throws -> [AuditEntry]

    /// Rewrites the heartbeat row and commits: throws when the store cannot take a write (a full
    /// disk, a read-only file or database), which a read alone would not show.
    func writeHeartbeat(at: Date) async throws

    /// The highest migration applied.
    func schemaVersion() async throws -> Int
    /// Every migration applied, in order.
    func appliedMigrations() async throws -> [AppliedMigration]
    /// The problems the readers found in a submission's files, most severe first.
    func problems(submission id: Int) async throws -> [DataProblem]
    /// Rows held per table for one submission (tables with none left out).
    func rowCounts(submission id: Int) async throws -> [String: Int]

    /// A consistent copy of the whole store in a new file, taken while it is in use (SQLite only).
    func backup(to path: String) async throws

    /// Closes the connection; the store cannot be used afterwards.
    func close() async throws
}

extension Store {
    public func saveSnapshot(_ snapshot: IndicatorSnapshot) async throws { try await saveSnapshots([snapshot]) }
}

import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Hummingbird
import HummingbirdTesting
@testable import HearthServer

/// One generated authority (Halton-like, 2024-25) imported into an in-memory store, with a
/// session per role, and the web app built on it: made once and shared by the server tests.
struct ServerFixture: Sendable {
    let store: SQLStore
    let app: HearthApp
    let responder: RouterResponder<AppContext>
    let routes: RouteTable
    /// A live session token per role.
    let sessions: [UserRole: String]
    /// Every child identifier in the imported returns.
    let childIDs: Set<String>
    let returnsDirectory: URL
    let submissionID: Int
    static let password = "correct horse battery staple"

    static func shared() async throws -> ServerFixture { try await cache.value() }

    private static let cache = Once()

    private actor Once {
        var task: Task<ServerFixture, any Error>?
        func value() async throws -> ServerFixture {
            if let task { return try await task.value }
            let t = Task { try await ServerFixture.make() }
            task = t
            return try await t.value
        }
    }

    /// `years` are imported one after the other, as a council uploads each year's returns (the
    /// demo does the same); the last is the submission the tests name. The returns are Halton's,
    /// generated on the published figures of `modelledOn` (Halton's own unless another is named).
    static func make(years: [Int] = [2025], modelledOn: String = "876") async throws -> ServerFixture {
        let store = try await StoreFactory.open(.sqliteMemory)
        var imported: (dir: URL, result: ReturnImporter.Result, submission: SubmissionSummary)?
        for year in years {
            let dir = try generate(year: year, seed: UInt64(year == 2025 ? 11 : year), modelledOn: modelledOn)
            let result = try await ReturnImporter(store: store).importFolder(dir, by: "fixture", authority: "876")
            guard case .stored(let submission) = result.outcome else { throw FixtureError.notStored("\(result.outcome)") }
            imported = (dir, result, submission)
        }
        let sessions = try await signIn(store)
        try await seedProgramme(store)
        let (app, router, routes) = try await makeApp(store)
        // No year: the app on a store holding only the seeded programme (the concurrency tests).
        guard let (dir, result, submission) = imported else {
            return ServerFixture(store: store, app: app, responder: router.buildResponder(), routes: routes, sessions: sessions, childIDs: [],
                                 returnsDirectory: FileManager.default.temporaryDirectory, submissionID: 0)
        }
        let d = result.returnSet.dataset
        var ids = Set(d.cin?.children.map(\.childID) ?? [])
        ids.formUnion(d.ssda903?.header.map(\.childID) ?? [])
        ids.formUnion(d.ssda903Previous?.header.map(\.childID) ?? [])
        return ServerFixture(store: store, app: app, responder: router.buildResponder(), routes: routes, sessions: sessions, childIDs: ids,
                             returnsDirectory: dir, submissionID: submission.id)
    }

    /// A user per role, named for it, each with a live session.
    static func signIn(_ store: SQLStore) async throws -> [UserRole: String] {
        let hasher = PasswordHasher(cost: 4)
        var sessions: [UserRole: String] = [:]
        for role in UserRole.allCases {
            let user = try await store.createUser(NewUser(name: role.rawValue, role: role, passwordHash: try await hasher.hash(password)))
            let token = Token.random()
            try await store.createSession(token: token, userID: user.id, expiresAt: Date().addingTimeInterval(3600), csrfToken: csrf)
            sessions[role] = token
        }
        return sessions
    }

    /// The web app on a store of authority 876, its router and its route table.
    /// An upload answers with its result (never the progress page) unless `uploadWait` says otherwise.
    static func makeApp(_ store: SQLStore, configuration: ServerConfiguration = ServerConfiguration(),
                        accessLog: AccessLogMiddleware = AccessLogMiddleware(),
                        uploadWait: TimeInterval = 600) async throws -> (HearthApp, Router<AppContext>, RouteTable) {
        let indicators = try await indicatorService(store)
        var configuration = configuration
        configuration.bcryptCost = 4
        configuration.uploadWait = uploadWait
        var app = HearthApp(store: store, indicators: indicators, configuration: configuration)
        app.accessLog = accessLog
        let (router, routes) = try await app.router()
        return (app, router, routes)
    }

    /// The indicator service as `WebServer.indicatorService` starts it for authority 876 (targets for
    /// the latest year held, published figures, indicators computed if none are stored), with the
    /// published statistics and targets read once per run rather than once per app: reading the
    /// shipped DfE files takes seconds in a debug build, and the tests build some twenty apps.
    /// (`hearth figures` and the plan commands, run by HearthCLITests, start it the app's way.)
    static func indicatorService(_ store: SQLStore) async throws -> IndicatorService {
        try await IndicatorService.open(store: store, authority: "876", targets: { try await published.targets(year: $0) },
                                        statistics: { await published.statistics() })
    }

    private static let published = Published()

    /// What the app reads from `HearthPaths(dataDir: "/nonexistent")`: the shipped files only.
    private actor Published {
        var library: Task<PublishedStatistics?, Never>?
        var targetsByYear: [Int: Task<TargetSet, any Error>] = [:]

        func statistics() async -> PublishedStatistics? {
            if let library { return await library.value }
            let task = Task { try? PublishedLibrary.load(HearthPaths(dataDir: "/nonexistent")) }
            library = task
            return await task.value
        }

        func targets(year: Int) async throws -> TargetSet {
            if let task = targetsByYear[year] { return try await task.value }
            let task = Task { try DefaultTargets.load(HearthPaths(dataDir: "/nonexistent"), year: year) }
            targetsByYear[year] = task
            return try await task.value
        }
    }

    static let board = "fixture-board"
    static let meeting = "fixture-board-2026-01-15"

    /// A plan with one priority and action, and a board with one meeting, so every programme
    /// route has something to show. No inspection: the app loads Ofsted's on first run.
    static func seedProgramme(_ store: SQLStore) async throws {
        let due = Day(iso: "2027-03-31")!
        try await store.savePlan(ImprovementPlan(version: 1, title: "Fixture plan", approved: Day(iso: "2024-10-01"),
                                                 priorities: [Priority(id: "P1", title: "Seeded priority", lead: "DCS")],
                                                 actions: [PlanAction(id: "1.1", priorityID: "P1", title: "Seeded action", owner: "DCS",
                                                                     ownerUser: "contributor", due: due)]),
                                 authority: "876")
        try await store.saveBoard(Board(id: board, kind: .improvement, name: "Fixture board", chair: "Independent chair"), authority: "876")
        try await store.saveMeeting(Meeting(id: meeting, boardID: board, date: Day(iso: "2026-01-15")!), authority: "876")
    }

    /// Writes a generated authority's returns (Halton's, unless another is named) to a new folder:
    /// `authority`'s code and postcodes, the volumes of `modelledOn` (the authority's own by default).
    static func generate(year: Int, seed: UInt64, authority: String = "876", modelledOn: String? = nil) throws -> URL {
        var profile = try AuthorityProfile.published(modelledOn ?? authority, collectionYear: min(year, 2025),
                                                     statistics: try shipped())
        profile.code = authority
        let dataset = SyntheticAuthority().generate(profile: profile, collectionYear: year, seed: seed)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-server-\(authority)-\(year)-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        _ = try ReturnSetWriter().write(dataset, to: dir)
        return dir
    }

    /// The shipped DfE figures the generator models an authority on, read once per run (seconds
    /// in a debug build).
    static func shipped() throws -> PublishedStatistics {
        guard let statistics = shippedStatistics else { throw FixtureError.noStatistics }
        return statistics
    }

    private static let shippedStatistics = try? PublishedStatistics.shipped()

    /// The CSRF token of every fixture session (and of the pre-sign-in cookie `headers` sends).
    static let csrf = Token.random()

    /// New sessions, one per role, for tests that sign out (which ends the session used).
    func freshSessions() async throws -> [UserRole: String] {
        var out: [UserRole: String] = [:]
        for role in UserRole.allCases {
            guard let user = try await store.user(named: role.rawValue) else { continue }
            let token = Token.random()
            try await store.createSession(token: token, userID: user.id, expiresAt: Date().addingTimeInterval(3600), csrfToken: Self.csrf)
            out[role] = token
        }
        return out
    }

    func headers(_ role: UserRole?, sessions: [UserRole: String]? = nil, extra: HTTPFields = [:]) -> HTTPFields {
        var h = extra
        h[.cookie] = Self.cookie(session: role.flatMap { (sessions ?? self.sessions)[$0] })
        return h
    }

    /// The cookie header a browser sends: the CSRF token, and the session when there is one.
    static func cookie(session token: String?) -> String {
        "\(CookieSettings.csrf)=\(csrf)" + (token.map { "; \(CookieSettings.session)=\($0)" } ?? "")
    }

    /// Runs `body` with a test client on the router (no sockets).
    func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(responder: responder)
        try await application.test(.router) { client in try await body(client) }
    }

    /// Runs `body`, then closes `store` however it ends: SQLiteNIO traps on a connection
    /// dropped without being closed, which would end the whole test run.
    static func closing<T>(_ store: SQLStore, _ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Runs `body` with a test client on the router and returns what it returns.
    func withClientResult<T: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await Application(responder: responder).test(.router) { client in try await body(client) }
    }

    /// The concrete path of a route pattern.
    func concrete(_ path: String) -> String { Self.concrete(path, submissionID: submissionID) }

    static func concrete(_ path: String, submissionID: Int) -> String {
        path.replacingOccurrences(of: "/indicators/:id", with: "/indicators/rereferrals_12m")
            .replacingOccurrences(of: "/meetings/:id", with: "/meetings/\(Self.meeting)")
            .replacingOccurrences(of: "/boards/:id", with: "/boards/\(Self.board)")
            .replacingOccurrences(of: "/plan/actions/:id", with: "/plan/actions/1.1")
            .replacingOccurrences(of: "/plan/priorities/:id", with: "/plan/priorities/P1")
            .replacingOccurrences(of: ":finding", with: "F1")
            .replacingOccurrences(of: "/submissions/:id", with: "/submissions/\(submissionID)")
            .replacingOccurrences(of: ":team", with: "none")
            .replacingOccurrences(of: "/inspections/:id", with: "/inspections/none")
            .replacingOccurrences(of: "/interventions/:id", with: "/interventions/none")
            .replacingOccurrences(of: "/sources/:id", with: "/sources/none")
            .replacingOccurrences(of: "/recommendations/:id", with: "/recommendations/none")
            .replacingOccurrences(of: "/versions/:version", with: "/versions/1")
            .replacingOccurrences(of: "/sef/:version", with: "/sef/1")
            .replacingOccurrences(of: "/outbox/:id", with: "/outbox/1")
            .replacingOccurrences(of: "/api/v1/sef/:id", with: "/api/v1/sef/1")
    }
}

enum FixtureError: Error {
    case notStored(String)
    case noStatistics
}

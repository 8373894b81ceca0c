import Foundation
import HearthApplication
import Hummingbird
import HearthData
import HearthReports
import HearthStore
import Logging
import Prometheus

/// Builds the Hearth web application: routes, middleware, views, services.
public struct HearthApp: Sendable {
    public let store: any Store
    public let indicators: IndicatorService
    public let configuration: ServerConfiguration
    public let metrics: PrometheusCollectorRegistry?
    /// Today's date for the programme's RAG and deadlines (tests fix it).
    var programmeClock = ProgrammeClock.live
    /// Where the access log goes (tests collect it).
    var accessLog = AccessLogMiddleware()

    public init(store: any Store, indicators: IndicatorService, configuration: ServerConfiguration,
                metrics: PrometheusCollectorRegistry? = nil) {
        self.store = store
        self.indicators = indicators
        self.configuration = configuration
        self.metrics = metrics
    }

    /// The router with every route, and the table of routes with their access rules.
    public func router() async throws -> (Router<AppContext>, RouteTable) {
        let views = try await Views.load()
        // HEAD on every GET route: the same headers, no body.
        let router = Router(context: AppContext.self, options: .autoGenerateHeadEndpoints)
        // Outermost first. Error pages sit inside the session so they show who is signed in; the
        // access log sits between, to know the user and the status an error page was given.
        router.add(middleware: SecurityHeadersMiddleware())
        if metrics != nil { router.add(middleware: MetricsMiddleware()) }
        router.add(middleware: ClientAddressMiddleware(resolver: ClientAddress(configuration: configuration)))
        let cookies = CookieSettings(secure: !configuration.insecureCookies, sessionLifetime: configuration.sessionLifetime)
        let sessions = SessionCache()
        router.add(middleware: SessionMiddleware(store: store, cookies: cookies, cache: sessions))
        router.add(middleware: accessLog)
        router.add(middleware: ChromeMiddleware(authorityName: await indicators.authorityName, cookies: cookies))
        router.add(middleware: ErrorPageMiddleware(views: views))
        let throttle = LoginThrottle()
        let operators = OperatorAccess(configuration: configuration)

        let hasher = PasswordHasher(cost: configuration.bcryptCost)
        let guarded = GuardedRouter(router: router, cookies: cookies)
        let absent = try await hasher.hash(Token.random())
        AuthController(store: store, views: views, hasher: hasher, throttle: throttle, cookies: cookies, sessions: sessions,
                       absentUserHash: absent).register(guarded)
        let workforce = WorkforceService(store: store, indicators: indicators, rates: configuration.workforceRates)
        let programme = ProgrammeService(store: store, indicators: indicators, clock: programmeClock, workforce: workforce)
        IndicatorController(indicators: indicators, store: store, views: views).register(guarded)
        let drill = DrillDownController(indicators: indicators, store: store, views: views)
        drill.register(guarded)
        let spool = try UploadSpool(parent: configuration.uploadDirectory ?? FileManager.default.temporaryDirectory,
                                    capacity: max(configuration.uploadSpoolLimit, configuration.uploadLimit))
        DataController(store: store, indicators: indicators, importer: ReturnImporter(store: store), views: views,
                       uploadLimit: configuration.uploadLimit, spool: spool, jobs: ImportJobs(),
                       uploadWait: .milliseconds(Int(configuration.uploadWait * 1000))).register(guarded)
        AdminController(store: store, views: views, hasher: hasher, sessions: sessions, throttle: throttle).register(guarded)
        try await programme.loadOfstedHistoryIfEmpty()
        var printer = ChromiumPrinter.find(configured: configuration.chromium)
        printer?.timeout = configuration.pdfTimeout
        let packs = BoardPackService(store: store, programme: programme, indicators: indicators, rates: configuration.workforceRates,
                                     printer: printer, printsAtOnce: configuration.pdfPrintsAtOnce)
        OverviewController(indicators: indicators, programme: programme, packs: packs, views: views).register(guarded)
        let boards = BoardController(programme: programme, indicators: indicators, packs: packs, views: views)
        boards.register(guarded)
        ProgrammeController(programme: programme, indicators: indicators, boards: boards, views: views).register(guarded)
        PlanController(programme: programme, indicators: indicators, views: views, spool: spool).register(guarded)
        RegulatoryController(programme: programme, indicators: indicators, views: views).register(guarded)
        SourcesController(programme: programme, indicators: indicators, views: views).register(guarded)
        RecommendationsController(programme: programme).register(guarded)
        ProgrammeAPIController(programme: programme).register(guarded)
        WorkforceController(workforce: workforce, indicators: indicators, store: store, views: views).register(guarded)
        SufficiencyController(workforce: workforce, indicators: indicators, store: store, views: views, spool: spool).register(guarded)
        WorkforceAPIController(workforce: workforce, indicators: indicators, store: store).register(guarded)
        let localMeasures = LocalMeasureService(store: store, indicators: indicators)
        let targets = TargetService(store: store, indicators: indicators)
        LocalMeasureController(measures: localMeasures, indicators: indicators, store: store, views: views, spool: spool,
                               clock: programmeClock).register(guarded)
        TargetController(targets: targets, indicators: indicators, views: views, clock: programmeClock).register(guarded)
        LocalMeasureAPIController(measures: localMeasures, targets: targets, indicators: indicators).register(guarded)
        BoardPackController(packs: packs, programme: programme, indicators: indicators, views: views).register(guarded)
        MyActionsController(programme: programme, digests: Self.digests(store: store, programme: programme, configuration: configuration),
                            indicators: indicators, views: views,
                            digestTime: configuration.digestMinute.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) }).register(guarded)
        let sef = SelfEvaluationService(store: store, packs: packs)
        SelfEvaluationController(sef: sef, indicators: indicators, views: views).register(guarded)
        SelfEvaluationAPIController(sef: sef).register(guarded)
        APIController(indicators: indicators, store: store, drillDown: drill, openAPI: try Self.resource("openapi.json"),
                      operators: operators).register(guarded)
        SystemController(store: store, metrics: metrics, stylesheet: try Self.resource("hearth.css"), probe: HealthProbe(store: store),
                         operators: operators).register(guarded)
        guarded.answerOptions()
        return (router, guarded.table)
    }

    /// The application, ready for `runService()`.
    public func application(logger: Logger = Logger(label: "hearth.server")) async throws -> some ApplicationProtocol {
        let (router, _) = try await router()
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Hearth"),
                           logger: logger)
    }

    /// The digest as this configuration sends it: by e-mail through the relay when one is set.
    static func digests(store: any Store, programme: ProgrammeService, configuration: ServerConfiguration) -> DigestService {
        DigestService(store: store, programme: programme, mailer: configuration.smtp.map { SMTPMailer($0) }, publicURL: configuration.publicURL)
    }

    static func resource(_ name: String) throws -> ByteBuffer {
        guard let dir = Bundle.module.url(forResource: "Assets", withExtension: nil),
              let data = try? Data(contentsOf: dir.appendingPathComponent(name)) else { throw ServerError.missingResource(name) }
        return ByteBuffer(bytes: data)
    }
}

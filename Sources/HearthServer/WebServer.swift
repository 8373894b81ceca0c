import Foundation
import Hummingbird
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Logging
import Metrics
import Prometheus

/// Starts the web app on a store: chooses the authority, loads targets and published figures,
/// computes the indicators if none are stored yet, and serves until stopped.
public enum WebServer {
    public static func indicatorService(store: any Store, authority requested: String?, paths: HearthPaths) async throws -> IndicatorService {
        let submissions = try await store.submissions(authority: nil)
        guard let authority = requested ?? submissions.last?.authority else { throw ServerError.noAuthority }
        let years = submissions.filter { $0.authority == authority }.compactMap(\.collectionYear)
        let targets = try DefaultTargets.load(paths, year: years.max() ?? Calendar.current.component(.year, from: Date()))
        let statistics = try? PublishedLibrary.load(paths)
        let service = IndicatorService(store: store, authority: authority, targets: targets, statistics: statistics)
        // A store imported from the command line has no figures yet: compute them once.
        if !years.isEmpty, try await service.computedYears().isEmpty {
            try await service.recompute()
        }
        return service
    }

    public static func run(store: any Store, authority: String?, configuration: ServerConfiguration, paths: HearthPaths,
                           announce: (String) -> Void = { print($0) }) async throws {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let indicators = try await indicatorService(store: store, authority: authority, paths: paths)
        let app = HearthApp(store: store, indicators: indicators, configuration: configuration, metrics: registry)
        var logger = Logger(label: "hearth.server")
        logger.logLevel = .info
        let application = try await app.application(logger: logger)
        announce("Hearth is serving \(await indicators.authorityName) at http://\(configuration.host == "0.0.0.0" ? "localhost" : configuration.host):\(configuration.port)/ (Ctrl-C to stop)")
        try await application.runService()
    }
}

import Foundation
import Hummingbird
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Logging
import Metrics
import Prometheus

/// Starts the web app on a store: opens the authority's indicators (`IndicatorService.open`) and
/// serves until stopped.
public enum WebServer {
    public static func run(store: any Store, authority: String?, configuration: ServerConfiguration, paths: HearthPaths,
                           announce: (String) -> Void = { print($0) }) async throws {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let indicators = try await IndicatorService.open(store: store, authority: authority, paths: paths)
        let app = HearthApp(store: store, indicators: indicators, configuration: configuration, metrics: registry)
        var logger = Logger(label: "hearth.server")
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel.rawValue) ?? .info
        let application = try await app.application(logger: logger)
        // The daily digest, made and sent from the configured time of day while the server runs.
        let digest = configuration.digestMinute.map { minute in
            let programme = ProgrammeService(store: store, indicators: indicators)
            let schedule = DigestSchedule(digests: HearthApp.digests(store: store, programme: programme, configuration: configuration),
                                          minute: minute)
            return Task { await schedule.run() }
        }
        defer { digest?.cancel() }
        announce("Hearth is serving \(await indicators.authorityName) at http://\(configuration.host == "0.0.0.0" ? "localhost" : configuration.host):\(configuration.port)/ (Ctrl-C to stop)")
        try await application.runService()
    }
}

import Foundation
import HearthCore

/// How the web app runs: from `hearth serve` / `hearth demo` flags and `HEARTH_` variables.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Cookies without `Secure` (and without the `__Host-` prefix, which requires it): only for
    /// plain-HTTP testing away from localhost. Otherwise Hearth is taken to be served over TLS.
    public var insecureCookies: Bool = false
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// bcrypt cost for new passwords.
    public var bcryptCost: UInt8 = 12
    /// Largest upload of a set of returns.
    public var uploadLimit: Int = 200 * 1_048_576
    /// Most bytes all uploads in progress may hold on disk at once (`HEARTH_UPLOAD_SPOOL_MB`);
    /// one more is refused with 503 until others finish. Two full-size uploads by default.
    public var uploadSpoolLimit: Int = 400 * 1_048_576
    /// The folder whose private subfolder holds uploads while they are read
    /// (`HEARTH_UPLOAD_DIR`); the system's temporary folder when unset.
    public var uploadDirectory: URL?
    /// Board packs printed to PDF at once (`HEARTH_PDF_PRINTS`); more wait their turn.
    public var pdfPrintsAtOnce: Int = 2
    /// Seconds a PDF print may take before its Chromium is stopped (`HEARTH_PDF_TIMEOUT`).
    public var pdfTimeout: TimeInterval = 90
    /// Annual cost of a permanent and an agency social worker FTE, for the workforce cost.
    public var workforceRates: WorkforceCostRates = .illustrative
    /// The header a reverse proxy puts the client's address in (`X-Forwarded-For`), read only on
    /// requests whose socket peer is one of `trustedProxies`: anyone else can write any header.
    public var trustedProxyHeader: String?
    /// Addresses of the council's reverse proxies, exactly as the socket reports them.
    public var trustedProxies: Set<String> = []
    /// `/metrics` and the OpenAPI document open to anyone. Off: only signed-in administrators and
    /// analysts, or a scraper sending `metricsToken`.
    public var publicMetrics: Bool = false
    /// A bearer token Prometheus sends (`Authorization: Bearer …`) to read `/metrics` without a session.
    public var metricsToken: String?

    public static let trustedProxyHeaderVariable = "HEARTH_TRUSTED_PROXY_HEADER"
    public static let trustedProxiesVariable = "HEARTH_TRUSTED_PROXIES"
    public static let publicMetricsVariable = "HEARTH_PUBLIC_METRICS"
    public static let metricsTokenVariable = "HEARTH_METRICS_TOKEN"

    public init() {}

    /// Reads the `HEARTH_` variables of the operations settings. Empty values count as unset, so
    /// a blank line in a unit file does not turn trust on.
    public mutating func read(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let header = value(Self.trustedProxyHeaderVariable) { trustedProxyHeader = header }
        if let proxies = value(Self.trustedProxiesVariable) {
            trustedProxies = Set(proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if let flag = value(Self.publicMetricsVariable) { publicMetrics = ["1", "true", "yes"].contains(flag.lowercased()) }
        if let token = value(Self.metricsTokenVariable) { metricsToken = token }
        if let mb = value("HEARTH_UPLOAD_SPOOL_MB").flatMap(Int.init), mb > 0 { uploadSpoolLimit = mb * 1_048_576 }
        if let n = value("HEARTH_PDF_PRINTS").flatMap(Int.init), n > 0 { pdfPrintsAtOnce = n }
        if let t = value("HEARTH_PDF_TIMEOUT").flatMap(TimeInterval.init), t > 0 { pdfTimeout = t }
        if let dir = value("HEARTH_UPLOAD_DIR") { uploadDirectory = URL(fileURLWithPath: dir, isDirectory: true) }
    }
}

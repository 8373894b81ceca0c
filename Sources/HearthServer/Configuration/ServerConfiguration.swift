import Foundation
import HearthApplication
import HearthCore

/// How the web app runs: from `hearth serve` / `hearth demo` flags and the `HEARTH_` variables
/// (`HearthSettings`).
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
    /// How long an upload's request waits for its import before sending the user to the page that
    /// shows its progress (a small upload answers with its result at once).
    public var uploadWait: TimeInterval = 2
    /// Board packs printed to PDF at once (`HEARTH_PDF_PRINTS`); more wait their turn.
    public var pdfPrintsAtOnce: Int = 2
    /// Seconds a PDF print may take before its Chromium is stopped (`HEARTH_PDF_TIMEOUT`).
    public var pdfTimeout: TimeInterval = 90
    /// Annual cost of a permanent and an agency social worker FTE, for the workforce cost.
    public var workforceRates: WorkforceCostRates = .illustrative
    /// The header a reverse proxy puts the client's address in (`X-Forwarded-For`), read only on
    /// requests whose socket peer is one of `trustedProxies`: anyone else can write any header.
    public var trustedProxyHeader: String?
    /// The mail relay the digest goes through (`HEARTH_SMTP_URL`); nil keeps it in the outbox.
    public var smtp: SMTPConfiguration?
    /// Minutes after midnight (UK) from which the server makes the day's digest
    /// (`HEARTH_DIGEST_TIME`); nil: it never does (`hearth digest` from cron instead).
    public var digestMinute: Int? = 7 * 60
    /// Where users open Hearth (`HEARTH_PUBLIC_URL`), for the links in the digest's e-mails.
    public var publicURL: String?
    /// Addresses of the council's reverse proxies, exactly as the socket reports them.
    public var trustedProxies: Set<String> = []
    /// `/metrics` and the OpenAPI document open to anyone. Off: only signed-in administrators and
    /// analysts, or a scraper sending `metricsToken`.
    public var publicMetrics: Bool = false
    /// A bearer token Prometheus sends (`Authorization: Bearer …`) to read `/metrics` without a session.
    public var metricsToken: String?

    /// The Chromium that prints PDF packs (`HEARTH_CHROMIUM`), else one on the PATH.
    public var chromium: String?
    /// How much the server logs (`HEARTH_LOG_LEVEL`).
    public var logLevel: HearthSettings.LogLevel = .info

    public init() {}

    /// The defaults with the operations settings of `HEARTH_` variables, already checked
    /// (`HearthSettings` refuses a value it cannot use; nothing is read from the environment here).
    public init(settings: HearthSettings) {
        self.init()
        apply(settings)
    }

    public mutating func apply(_ settings: HearthSettings) {
        trustedProxyHeader = settings.trustedProxyHeader
        trustedProxies = settings.trustedProxies
        publicMetrics = settings.publicMetrics
        metricsToken = settings.metricsToken
        if let mb = settings.uploadSpoolMegabytes { uploadSpoolLimit = mb * 1_048_576 }
        if let n = settings.pdfPrints { pdfPrintsAtOnce = n }
        if let t = settings.pdfTimeout { pdfTimeout = t }
        uploadDirectory = settings.uploadDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
        chromium = settings.chromium
        logLevel = settings.logLevel
        smtp = settings.smtp
        digestMinute = settings.digestMinute
        publicURL = settings.publicURL
    }
}

import Foundation

/// Every `HEARTH_` variable, read and checked in one place. The CLI reads them once at start and
/// refuses to run on a value it cannot use (a typo in a unit file must not quietly leave a
/// limit at its default); the command-line flags of each command override them. The README's
/// table of settings lists `HearthSettings.variables` (a test keeps the two the same).
public struct HearthSettings: Sendable, Equatable {
    /// `HEARTH_DATABASE_URL`: an SQLite path or a postgres:// URL (checked by the store's parser).
    public var databaseURL: String?
    /// `HEARTH_DATABASE_POOL`: PostgreSQL connections, 1 to 1000.
    public var databasePool: Int?
    /// `HEARTH_BULK_INSERT_ROWS`: rows per multi-row INSERT (to measure imports).
    public var bulkInsertRows: Int?
    /// `HEARTH_POSTGRES_COPY`: false makes PostgreSQL imports use INSERT instead of COPY.
    public var postgresCopy = true
    /// `HEARTH_DATA_DIR`: targets and imported releases (default ./hearth-data).
    public var dataDirectory: String?
    /// `HEARTH_CHROMIUM`: the Chromium that prints PDF packs (else looked for on the PATH).
    public var chromium: String?
    /// `HEARTH_NEW_PASSWORD`: the password `hearth users add` gives, instead of asking.
    public var newPassword: String?
    /// `HEARTH_UPLOAD_DIR`, `HEARTH_UPLOAD_SPOOL_MB`: where uploads wait while read, and how much.
    public var uploadDirectory: String?
    public var uploadSpoolMegabytes: Int?
    /// `HEARTH_PDF_PRINTS`, `HEARTH_PDF_TIMEOUT`: PDF prints at once, and seconds each may take.
    public var pdfPrints: Int?
    public var pdfTimeout: Double?
    /// `HEARTH_TRUSTED_PROXY_HEADER`, `HEARTH_TRUSTED_PROXIES`: the client address behind a proxy.
    public var trustedProxyHeader: String?
    public var trustedProxies: Set<String> = []
    /// `HEARTH_PUBLIC_METRICS`, `HEARTH_METRICS_TOKEN`: who may read /metrics and the OpenAPI.
    public var publicMetrics = false
    public var metricsToken: String?
    /// `HEARTH_SMTP_URL`: the mail relay the daily digest is sent through (nil: outbox only).
    public var smtp: SMTPConfiguration?
    /// `HEARTH_PUBLIC_URL`: the address users open Hearth at, for the links in e-mails.
    public var publicURL: String?
    /// `HEARTH_DIGEST_TIME`: the time of day (UK) from which the server makes the day's digest, as
    /// minutes after midnight; nil when set to `off`.
    public var digestMinute: Int? = 7 * 60
    /// `HEARTH_LOG_LEVEL`: trace, debug, info (default), notice, warning, error or critical.
    public var logLevel: LogLevel = .info
    /// `HEARTH_` names that are not settings (a misspelling, or a script's own variable): said
    /// on standard error at start, with the setting most likely meant, but not refused.
    public var unknownVariables: [String] = []

    public enum LogLevel: String, Sendable, CaseIterable {
        case trace, debug, info, notice, warning, error, critical
    }

    public init() {}

    /// One variable: its name, what it sets, and what holds when it is unset.
    public struct Variable: Sendable {
        public let name: String
        public let meaning: String
        public let unset: String
    }

    /// Every variable Hearth reads, in the order the README lists them.
    public static let variables: [Variable] = [
        .init(name: "HEARTH_DATABASE_URL", meaning: "the store: a path to an SQLite file or a postgres:// URL (`--db` overrides)", unset: "./hearth.sqlite"),
        .init(name: "HEARTH_DATABASE_POOL", meaning: "PostgreSQL connections kept, 1 to 1000 (`--pool` overrides)", unset: "8"),
        .init(name: "HEARTH_DATA_DIR", meaning: "folder of targets.csv and imported DfE releases (`--data-dir` overrides)", unset: "./hearth-data"),
        .init(name: "HEARTH_CHROMIUM", meaning: "the Chromium (or Chrome) that prints PDF board packs", unset: "chromium, chromium-browser or google-chrome on the PATH"),
        .init(name: "HEARTH_NEW_PASSWORD", meaning: "the password `hearth users add` sets, instead of asking", unset: "asked for"),
        .init(name: "HEARTH_UPLOAD_DIR", meaning: "folder whose private subfolder holds uploads while they are read", unset: "the system's temporary folder"),
        .init(name: "HEARTH_UPLOAD_SPOOL_MB", meaning: "megabytes all uploads in progress may hold at once (503 beyond)", unset: "400"),
        .init(name: "HEARTH_PDF_PRINTS", meaning: "board packs printed to PDF at once; 16 more may wait, then 503", unset: "2"),
        .init(name: "HEARTH_PDF_TIMEOUT", meaning: "seconds a PDF print may take before Chromium is stopped", unset: "90"),
        .init(name: "HEARTH_TRUSTED_PROXY_HEADER", meaning: "header holding the client's address (e.g. X-Forwarded-For), read only from trusted proxies", unset: "the socket's address"),
        .init(name: "HEARTH_TRUSTED_PROXIES", meaning: "comma-separated addresses of the council's reverse proxies", unset: "none"),
        .init(name: "HEARTH_PUBLIC_METRICS", meaning: "true: /metrics and the OpenAPI document open to anyone", unset: "false: administrators, analysts or the token"),
        .init(name: "HEARTH_METRICS_TOKEN", meaning: "bearer token a Prometheus scraper sends to read /metrics", unset: "none"),
        .init(name: "HEARTH_SMTP_URL", meaning: "mail relay for the daily digest of actions, smtp://host:port?from=address (no password: a relay on the council's network)", unset: "digests wait in the outbox page only"),
        .init(name: "HEARTH_PUBLIC_URL", meaning: "the address users open Hearth at (https://hearth.council.gov.uk), for the links in digest e-mails", unset: "the e-mails name the page, without a link"),
        .init(name: "HEARTH_DIGEST_TIME", meaning: "time of day (UK, HH:MM) from which the server makes and sends the day's digest; off: only `hearth digest` does", unset: "07:00"),
        .init(name: "HEARTH_LOG_LEVEL", meaning: "trace, debug, info, notice, warning, error or critical", unset: "info"),
        .init(name: "HEARTH_POSTGRES_COPY", meaning: "false: PostgreSQL imports use multi-row INSERT instead of COPY (to compare)", unset: "true"),
        .init(name: "HEARTH_BULK_INSERT_ROWS", meaning: "rows per multi-row INSERT (to measure)", unset: "the database's choice"),
    ]

    /// Reads `environment`. Blank values count as unset (a blank line in a unit file turns
    /// nothing on); every value that cannot be used is reported at once, not just the first.
    public init(environment: [String: String]) throws(SettingsError) {
        var problems: [String] = []
        func text(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func whole(_ name: String, _ range: ClosedRange<Int>) -> Int? {
            guard let t = text(name) else { return nil }
            guard let n = Int(t), range.contains(n) else {
                problems.append("\(name)=\(t): give a whole number from \(range.lowerBound) to \(range.upperBound)")
                return nil
            }
            return n
        }
        func flag(_ name: String) -> Bool? {
            guard let t = text(name) else { return nil }
            switch t.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default:
                problems.append("\(name)=\(t): give true or false")
                return nil
            }
        }
        databaseURL = text("HEARTH_DATABASE_URL")
        databasePool = whole("HEARTH_DATABASE_POOL", 1...1000)
        bulkInsertRows = whole("HEARTH_BULK_INSERT_ROWS", 1...100_000)
        postgresCopy = flag("HEARTH_POSTGRES_COPY") ?? true
        dataDirectory = text("HEARTH_DATA_DIR")
        chromium = text("HEARTH_CHROMIUM")
        if let chromium, !FileManager.default.isExecutableFile(atPath: chromium) {
            problems.append("HEARTH_CHROMIUM=\(chromium): no program can be run there")
        }
        newPassword = environment["HEARTH_NEW_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        uploadDirectory = text("HEARTH_UPLOAD_DIR")
        uploadSpoolMegabytes = whole("HEARTH_UPLOAD_SPOOL_MB", 1...1_048_576)
        pdfPrints = whole("HEARTH_PDF_PRINTS", 1...64)
        if let t = text("HEARTH_PDF_TIMEOUT") {
            if let seconds = Double(t), seconds.isFinite, seconds > 0, seconds <= 3600 { pdfTimeout = seconds } else {
                problems.append("HEARTH_PDF_TIMEOUT=\(t): give seconds, more than 0 and at most 3600")
            }
        }
        trustedProxyHeader = text("HEARTH_TRUSTED_PROXY_HEADER")
        if let header = trustedProxyHeader, !header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            problems.append("HEARTH_TRUSTED_PROXY_HEADER=\(header): give a header name such as X-Forwarded-For")
        }
        if let list = text("HEARTH_TRUSTED_PROXIES") {
            trustedProxies = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if !trustedProxies.isEmpty, trustedProxyHeader == nil {
            problems.append("HEARTH_TRUSTED_PROXIES is set without HEARTH_TRUSTED_PROXY_HEADER: say which header the proxies write")
        }
        publicMetrics = flag("HEARTH_PUBLIC_METRICS") ?? false
        metricsToken = text("HEARTH_METRICS_TOKEN")
        if let t = text("HEARTH_SMTP_URL") {
            do { smtp = try SMTPConfiguration(url: t) } catch { problems.append("\(error)") }
        }
        if let t = text("HEARTH_PUBLIC_URL") {
            if let url = URL(string: t), ["https", "http"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false,
               url.query == nil, url.fragment == nil {
                publicURL = t.hasSuffix("/") ? String(t.dropLast()) : t
            } else {
                problems.append("HEARTH_PUBLIC_URL=\(t): give the address users open Hearth at, such as https://hearth.council.gov.uk")
            }
        }
        if let t = text("HEARTH_DIGEST_TIME") {
            let parts = t.split(separator: ":").map { Int($0) }
            if t.lowercased() == "off" {
                digestMinute = nil
            } else if parts.count == 2, let h = parts[0], let m = parts[1], (0...23).contains(h), (0...59).contains(m) {
                digestMinute = h * 60 + m
            } else {
                problems.append("HEARTH_DIGEST_TIME=\(t): give a time of day as HH:MM (07:00), or off")
            }
        }
        if let t = text("HEARTH_LOG_LEVEL") {
            if let level = LogLevel(rawValue: t.lowercased()) { logLevel = level } else {
                problems.append("HEARTH_LOG_LEVEL=\(t): give one of \(LogLevel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let known = Set(Self.variables.map(\.name))
        for name in environment.keys.sorted() where name.hasPrefix("HEARTH_") && !known.contains(name) && !Self.tooling(name) {
            unknownVariables.append("\(name) is not a Hearth setting" + (Self.nearest(to: name, in: known).map { " (did you mean \($0)?)" } ?? ""))
        }
        guard problems.isEmpty else { throw SettingsError(problems: problems) }
    }

    /// The settings of this process, read once.
    public static func process() throws(SettingsError) -> HearthSettings {
        try processSettings.get()
    }

    private static let processSettings = Result { () throws(SettingsError) in
        try HearthSettings(environment: ProcessInfo.processInfo.environment)
    }

    /// Variables of the tests and the fuzzer, not of the product.
    private static func tooling(_ name: String) -> Bool {
        ["HEARTH_TEST_", "HEARTH_FUZZ_", "HEARTH_REQUIRE_", "HEARTH_LIBFUZZER"].contains { name.hasPrefix($0) }
    }

    /// A known name one or two letters from `name`: the usual typo.
    private static func nearest(to name: String, in known: Set<String>) -> String? {
        known.map { ($0, distance(Array(name), Array($0))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where i <= a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where j <= b.count {
                let held = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = held
            }
        }
        return row[b.count]
    }
}

/// The settings that cannot be used, each with its variable, its value and what to give instead.
public struct SettingsError: Error, CustomStringConvertible, Sendable, Equatable {
    public let problems: [String]

    public var description: String {
        "Hearth's settings cannot be used as they are:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}

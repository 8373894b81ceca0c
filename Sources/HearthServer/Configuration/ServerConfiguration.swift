import Foundation
import HearthCore

/// How the web app runs: from `hearth serve` / `hearth demo` flags and `HEARTH_` variables.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Cookies without `Secure`: only for plain-HTTP testing away from localhost.
    public var insecureCookies: Bool = false
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// bcrypt cost for new passwords.
    public var bcryptCost: UInt8 = 12
    /// Largest upload of a set of returns.
    public var uploadLimit: Int = 200 * 1_048_576
    /// Annual cost of a permanent and an agency social worker FTE, for the workforce cost.
    public var workforceRates: WorkforceCostRates = .illustrative

    public init() {}
}

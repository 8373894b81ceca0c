import Hummingbird
import HearthStore

/// Who may read `/metrics` and the OpenAPI document: they say how Hearth is built and how busy it
/// is, which is no stranger's business. Administrators and analysts signed in; a scraper with the
/// configured bearer token; anyone only when the council says so.
struct OperatorAccess: Sendable {
    static let roles: Access = .roles([.admin, .analyst])

    let isPublic: Bool
    let token: String?

    init(configuration: ServerConfiguration) {
        isPublic = configuration.publicMetrics
        token = configuration.metricsToken
    }

    /// True when the request may pass without a session (public, or the right bearer token).
    @Sendable func admits(_ request: Request) -> Bool {
        if isPublic { return true }
        guard let token, let header = request.headers[.authorization] else { return false }
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else { return false }
        return Token.equal(String(header.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces), token)
    }
}

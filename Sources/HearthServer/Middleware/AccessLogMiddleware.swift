import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path, status, duration, role, client address. The path is the route's
/// pattern (`/indicators/{id}/children`), never the address as sent: no query string (a period, a
/// search) and no identifier segment, so a log shipped to a SIEM cannot hold a child's identifier
/// whatever a route or a stranger puts in a URL. A path no route matched is cut to its first segment.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = AppContext
    /// Where lines go: the request's logger, or a test's collector.
    let write: @Sendable (String, Logger) -> Void

    init(write: @escaping @Sendable (String, Logger) -> Void = { line, logger in logger.info("\(line)") }) {
        self.write = write
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        // The role, not the name: the line says what kind of access it was; who is in the audit log.
        let user = context.user?.role.rawValue ?? "anonymous"
        do {
            let response = try await next(request, context)
            log(request, context, status: Int(response.status.code), since: start, user: user)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, context, status: Int(status), since: start, user: user)
            throw error
        }
    }

    private func log(_ request: Request, _ context: AppContext, status: Int, since start: ContinuousClock.Instant, user: String) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let path = Self.redacted(route: context.endpointPath, path: request.uri.path)
        write("\(request.method.rawValue) \(path) \(status) \(String(format: "%.1f", ms))ms \(user) \(context.clientAddress)", context.logger)
    }

    /// The matched route's pattern, or for a path no route matched, its first segment only.
    static func redacted(route: String?, path: String) -> String {
        if let route, route != "NotFound", !route.isEmpty { return route.hasPrefix("/") ? route : "/" + route }
        let first = path.split(separator: "/", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).count
        guard !first.isEmpty else { return "/" }
        let safe = first.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" || $0 == "." } ? first : "…"
        return "/" + safe + (segments > 1 ? "/…" : "")
    }
}

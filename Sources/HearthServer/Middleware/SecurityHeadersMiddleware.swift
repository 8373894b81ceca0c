import HTTPTypes
import Hummingbird

/// Headers every response carries: no inline script or style may run, the app cannot be framed,
/// and pages (which may hold child-level data) are not kept in shared caches.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext

    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response.headers, path: request.uri.path)
        return response
    }

    static func apply(to headers: inout HTTPFields, path: String) {
        // A frozen document (`FrozenHTML`) brings a stricter policy of its own; every other response gets the app's.
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = contentSecurityPolicy }
        headers[.xContentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = "same-origin"
        headers[Self.frameOptions] = "DENY"
        if headers[.cacheControl] == nil {
            headers[.cacheControl] = path.hasPrefix("/assets/") ? "public, max-age=3600" : "no-store"
        }
    }
}

import Hummingbird
import HearthStore

/// Settles the client's address once per request, for the sign-in throttle, the access log and
/// every audit entry the request makes.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let resolver: ClientAddress

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        context.clientAddress = resolver.resolve(peer: context.remoteAddress, headers: request.headers)
        return try await AuditEntry.$requestAddress.withValue(context.clientAddress) {
            try await next(request, context)
        }
    }
}

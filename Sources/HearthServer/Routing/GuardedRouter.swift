import Hummingbird
import HearthStore

/// Registers routes on the Hummingbird router with their access rule, checking the rule before
/// the handler runs and recording the route in the table.
final class GuardedRouter {
    let router: Router<AppContext>
    private(set) var table = RouteTable()

    init(router: Router<AppContext>) {
        self.router = router
    }

    typealias Handler = @Sendable (Request, AppContext) async throws -> Response

    func get(_ path: String, _ access: Access, _ handler: @escaping Handler) {
        add(.get, path, access, handler)
    }

    func post(_ path: String, _ access: Access, _ handler: @escaping Handler) {
        add(.post, path, access, handler)
    }

    private func add(_ method: HTTPRequest.Method, _ path: String, _ access: Access, _ handler: @escaping Handler) {
        table.add(method, path, access)
        let isAPI = path.hasPrefix("/api/")
        router.on(RouterPath(path), method: method) { (request: Request, context: AppContext) async throws -> Response in
            guard access.allows(context.user?.role) else {
                if context.user == nil {
                    if isAPI { throw HTTPError(.unauthorized, message: "sign in first") }
                    let back = request.method == .get ? request.uri.path : "/"
                    return Response.redirect(to: Site.signIn(next: back), type: .normal)
                }
                throw HTTPError(.forbidden, message: "Your role (\(context.user?.role.rawValue ?? "none")) cannot use this page.")
            }
            return try await handler(request, context)
        }
    }
}

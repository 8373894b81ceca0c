import Hummingbird
import HearthStore

/// Registers routes on the Hummingbird router with their access rule, checking the rule before
/// the handler runs and recording the route in the table.
final class GuardedRouter {
    let router: Router<AppContext>
    private(set) var table = RouteTable()
    /// Each GET route's page, for showing a refused form again.
    let pages = PageTable()
    /// The methods of each path, for OPTIONS.
    private var methods: [String: Set<HTTPRequest.Method>] = [:]

    /// For the message a form's redirect leaves for the next page.
    let cookies: CookieSettings

    init(router: Router<AppContext>, cookies: CookieSettings) {
        self.router = router
        self.cookies = cookies
    }

    typealias Handler = @Sendable (Request, AppContext) async throws -> Response

    func get(_ route: SiteRoute, _ access: Access, _ handler: @escaping Handler) {
        add(.get, route, access, handler)
        pages.add(route.pattern, handler)
    }

    /// A GET route whose rule `admit` may waive for a request with no session (a metrics scraper's
    /// bearer token); the table records `access`, what a signed-in user needs.
    func get(_ route: SiteRoute, _ access: Access, admit: @escaping @Sendable (Request) -> Bool, _ handler: @escaping Handler) {
        add(.get, route, access, admit: admit, handler)
    }

    /// A GET address that only leads elsewhere (an address people guess, a form's address opened
    /// again): not a page a refused form could be shown on.
    func redirect(_ route: SiteRoute, _ access: Access, to target: String, permanent: Bool = false) {
        add(.get, route, access) { _, _ in .redirect(to: target, type: permanent ? .permanent : .normal) }
    }

    func post(_ route: SiteRoute, _ access: Access, _ handler: @escaping Handler) {
        add(.post, route, access, handler)
    }

    private func add(_ method: HTTPRequest.Method, _ route: SiteRoute, _ access: Access,
                     admit: (@Sendable (Request) -> Bool)? = nil, _ handler: @escaping Handler) {
        let path = route.pattern
        table.add(method, route, access)
        methods[path, default: []].insert(method)
        let isAPI = path.hasPrefix("/api/")
        router.on(RouterPath(path), method: method) { (request: Request, context: AppContext) async throws -> Response in
            guard access.allows(context.user?.role) || admit?(request) == true else {
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

    /// Answers OPTIONS on every path registered so far with the methods it takes. Called once,
    /// after every controller: a client (or a scanner) asking gets 204 and `Allow`, not an error page.
    func answerOptions() {
        for (path, registered) in methods {
            var names = Set(registered.map(\.rawValue))
            if registered.contains(.get) { names.insert("HEAD") }
            names.insert("OPTIONS")
            let allow = names.sorted().joined(separator: ", ")
            router.on(RouterPath(path), method: .options) { _, _ in
                Response(status: .noContent, headers: [.allow: allow])
            }
        }
    }
}

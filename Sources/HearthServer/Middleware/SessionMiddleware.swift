import Foundation
import Hummingbird
import HearthStore

/// Finds the signed-in user from the session cookie, and the CSRF token this request's forms
/// must carry: the session's own when signed in, else the browser's pre-sign-in cookie.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let store: any Store
    let cookies: CookieSettings
    let cache: SessionCache

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[cookies.sessionName]?.value, Token.looksValid(token),
           let session = try await cache.session(token: token, now: Date(), store: store),
           // A session from before tokens were bound to sessions cannot pass a CSRF check: treated
           // as signed out, so its user signs in again and gets one that can.
           !session.csrfToken.isEmpty {
            context.user = session.user
            context.sessionToken = token
            context.csrfToken = session.csrfToken
        } else if let csrf = request.cookies[cookies.csrfName]?.value, Token.looksValid(csrf) {
            context.csrfToken = csrf
        } else {
            context.csrfToken = Token.random()
            context.newCSRFCookie = true
        }
        var response = try await next(request, context)
        if context.newCSRFCookie { response.setCookie(cookies.csrfCookie(context.csrfToken)) }
        return response
    }
}

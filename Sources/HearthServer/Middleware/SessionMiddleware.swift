import Foundation
import Hummingbird
import HearthStore

/// Finds the signed-in user from the session cookie and gives each browser a CSRF token.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let store: any Store
    let cookies: CookieSettings
    let cache: SessionCache

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[CookieSettings.session]?.value, Token.looksValid(token),
           let session = try await cache.session(token: token, now: Date(), store: store) {
            context.user = session.user
            context.sessionToken = token
        }
        if let csrf = request.cookies[CookieSettings.csrf]?.value, Token.looksValid(csrf) {
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

import Foundation
import Hummingbird

/// What every page's header and banner need from outside the page: the authority's name, and the
/// message a form's redirect left ("Progress note added"), shown on the next page and then gone.
struct ChromeMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let authorityName: String
    let cookies: CookieSettings

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        context.authorityName = authorityName
        let flash = request.cookies[cookies.flashName]?.value
        context.flash = flash.flatMap { $0.removingPercentEncoding }.map { String($0.prefix(200)) }.flatMap { $0.isEmpty ? nil : $0 }
        var response = try await next(request, context)
        // Shown on this page: gone from the next. A redirect passes it on (or replaces it).
        if flash != nil, response.status.code < 300 { response.setCookie(cookies.expiredFlashCookie()) }
        return response
    }
}

import Hummingbird

/// Double-submit CSRF protection: every form carries the token its browser's cookie holds. A
/// page on another site can make the browser send the cookie (SameSite aside), never read it.
enum CSRF {
    static let field = "_csrf"

    static func check(_ submitted: String?, _ context: AppContext) throws {
        guard !context.newCSRFCookie, let submitted, Token.equal(submitted, context.csrfToken) else {
            throw HTTPError(.forbidden, message: "This form has expired or did not come from Hearth. Go back, reload the page and try again.")
        }
    }
}

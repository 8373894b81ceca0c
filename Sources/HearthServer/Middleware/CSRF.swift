import Hummingbird

/// CSRF protection. Signed in, a form must carry the token made with the session at sign-in
/// (kept beside it in the store), so a token seen in one session, or before sign-in, is refused in
/// another. Before sign-in (the sign-in form itself) it is double-submit: the form carries the token
/// its browser's cookie holds, which a page on another site can make the browser send, never read.
enum CSRF {
    static let field = "_csrf"

    static func check(_ submitted: String?, _ context: AppContext) throws {
        let expected = context.csrfToken
        guard !context.newCSRFCookie, !expected.isEmpty, let submitted, Token.equal(submitted, expected) else {
            throw HTTPError(.forbidden, message: "This form has expired or did not come from Hearth. Go back, reload the page and try again.")
        }
    }
}

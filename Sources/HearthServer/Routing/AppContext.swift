import Hummingbird
import HearthStore

/// What each request carries through Hearth: who is signed in (if anyone), and the CSRF token
/// that the forms of this browser must send back.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, set by `SessionMiddleware`.
    public var user: StoredUser?
    /// The raw session token (from the cookie), so sign-out can end it.
    public var sessionToken: String?
    /// This browser's CSRF token (double-submit: the cookie and the form field must match).
    public var csrfToken: String = ""
    /// A CSRF cookie to set on the response (first visit).
    public var newCSRFCookie: Bool = false
    /// The authority this Hearth serves, named in every page's header (`ChromeMiddleware`).
    public var authorityName: String = ""
    /// What the form just posted did ("Progress note added"), shown once (`ChromeMiddleware`).
    public var flash: String?

    /// The socket peer's IP address: the client, or the council's reverse proxy.
    public let remoteAddress: String
    /// The client's address: `remoteAddress`, or what a trusted proxy says (`ClientAddressMiddleware`).
    public var clientAddress: String

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        clientAddress = remoteAddress
    }

    /// Uploads of a whole set of returns: up to 200 MB in one request.
    public var maxUploadSize: Int { 200 * 1024 * 1024 }
}

extension AppContext {
    /// A path parameter as the user's id holds it: links percent-encode ids (a team or an action
    /// id from a spreadsheet may hold spaces), the router hands them over encoded.
    func parameter(_ name: String) -> String? {
        parameters.get(name).map { $0.removingPercentEncoding ?? $0 }
    }
}

extension AppContext {
    /// The signed-in user's name, as audit records and "entered by" keep it.
    var userName: String { user?.name ?? "" }
}

import Foundation
import Hummingbird

/// The cookies Hearth sets, and how: the session, the CSRF token, and the one-page message
/// that says what a form just did.
struct CookieSettings: Sendable {
    /// The names over TLS (the default). `__Host-` makes the browser refuse the cookie unless it
    /// is `Secure`, has `Path=/` and no `Domain`: another host of the council's domain, or a
    /// plain-HTTP page, cannot plant a session or CSRF cookie for Hearth to trust.
    static let session = "__Host-hearth_session"
    static let csrf = "__Host-hearth_csrf"
    /// Without TLS the prefix is not allowed, so the bare names.
    static let plainSession = "hearth_session"
    static let plainCSRF = "hearth_csrf"
    static let flash = "__Host-hearth_flash"
    static let plainFlash = "hearth_flash"

    /// `Secure` unless the server was started with `--insecure-cookies` (plain-HTTP testing only).
    let secure: Bool
    let sessionLifetime: TimeInterval

    var sessionName: String { secure ? Self.session : Self.plainSession }
    var csrfName: String { secure ? Self.csrf : Self.plainCSRF }
    var flashName: String { secure ? Self.flash : Self.plainFlash }

    func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: sessionName, value: token, maxAge: Int(sessionLifetime), path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredSessionCookie() -> Cookie {
        Cookie(name: sessionName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// "Progress note added": shown once, on the page the form's redirect leads to.
    func flashCookie(_ message: String) -> Cookie {
        let value = message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return Cookie(name: flashName, value: value, maxAge: 60, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    func expiredFlashCookie() -> Cookie {
        Cookie(name: flashName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    func csrfCookie(_ token: String) -> Cookie {
        Cookie(name: csrfName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

import Foundation
import Hummingbird

/// The two cookies Hearth sets, and how.
struct CookieSettings: Sendable {
    /// The names over TLS (the default). `__Host-` makes the browser refuse the cookie unless it
    /// is `Secure`, has `Path=/` and no `Domain`: another host of the council's domain, or a
    /// plain-HTTP page, cannot plant a session or CSRF cookie for Hearth to trust.
    static let session = "__Host-hearth_session"
    static let csrf = "__Host-hearth_csrf"
    /// Without TLS the prefix is not allowed, so the bare names.
    static let plainSession = "hearth_session"
    static let plainCSRF = "hearth_csrf"

    /// `Secure` unless the server was started with `--insecure-cookies` (plain-HTTP testing only).
    let secure: Bool
    let sessionLifetime: TimeInterval

    var sessionName: String { secure ? Self.session : Self.plainSession }
    var csrfName: String { secure ? Self.csrf : Self.plainCSRF }

    func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: sessionName, value: token, maxAge: Int(sessionLifetime), path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredSessionCookie() -> Cookie {
        Cookie(name: sessionName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func csrfCookie(_ token: String) -> Cookie {
        Cookie(name: csrfName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

import Foundation
import Hummingbird

/// The two cookies Hearth sets, and how.
struct CookieSettings: Sendable {
    static let session = "hearth_session"
    static let csrf = "hearth_csrf"

    /// `Secure` unless the server was started with `--insecure-cookies` (plain-HTTP testing only).
    let secure: Bool
    let sessionLifetime: TimeInterval

    func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: Self.session, value: token, maxAge: Int(sessionLifetime), path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredSessionCookie() -> Cookie {
        Cookie(name: Self.session, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func csrfCookie(_ token: String) -> Cookie {
        Cookie(name: Self.csrf, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

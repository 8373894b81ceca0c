import Foundation
import HearthApplication
import Hummingbird
import HearthStore

/// Sign in and sign out.
struct AuthController {
    let store: any Store
    let views: Views
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let cookies: CookieSettings
    let sessions: SessionCache
    /// A hash of a random password at the same cost, verified against when the user does not
    /// exist so the response time does not reveal which names are real.
    let absentUserHash: String

    struct SignInForm: Decodable {
        let username: String?
        let password: String?
        let next: String?
        let _csrf: String?
    }

    struct SignInPage {
        let page: PageChrome
        let next: String
        let username: String
        let error: String?
    }

    struct CSRFForm: SubmittedForm {
        let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.signInPath, .anyone) { request, context in
            if context.user != nil { return .redirect(to: Site.overview.path, type: .normal) }
            let next = request.uri.queryParameters.get("next").flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.overview.path
            return views.response("sign-in", SignInPage(page: PageChrome(title: "Sign in", context: context, section: nil),
                                                        next: next, username: "", error: nil))
        }
        r.post(Site.signInPath, .anyone) { request, context in try await signIn(request, context) }
        r.redirect(Site.login, .anyone, to: Site.signInPath.path, permanent: true)
        r.post(Site.signOut, .signedIn, form: CSRFForm.self, done: "You have signed out.") { form, request, context in
            if let token = context.sessionToken {
                try await store.deleteSession(token: token)
                await sessions.forget(token: token)
            }
            var response = Response.redirect(to: Site.signInPath.path, type: .normal)
            response.setCookie(cookies.expiredSessionCookie())
            return response
        }
    }

    private func signIn(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormBody.decode(SignInForm.self, from: request)
        try CSRF.check(form._csrf, context)
        let name = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let next = form.next.flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.overview.path
        let address = context.clientAddress
        func failure(_ message: String, _ status: HTTPResponse.Status) -> Response {
            views.response("sign-in", SignInPage(page: PageChrome(title: "Sign in", context: context, section: nil),
                                                 next: next, username: name, error: message), status: status)
        }
        // Refused tries are not audited: they cost the sender nothing (no password is checked), so
        // writing each would let a stranger fill the disk. The engagement itself is audited below.
        if let wait = await throttle.wait(user: name, address: address) {
            var response = failure(Self.waitMessage(wait), .tooManyRequests)
            response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            return response
        }
        let user = name.isEmpty ? nil : try await store.user(named: name)
        // Verify against a fixed hash when the user does not exist, so timing does not tell.
        let ok = try await hasher.verify(form.password ?? "", hash: user?.passwordHash ?? absentUserHash)
        guard let user, ok else {
            let outcome = await throttle.recordFailure(user: name, address: address)
            let typed = Self.auditName(name)
            try await store.recordAudit(AuditEntry(at: Date(), user: typed, action: "sign-in failed",
                                                   subject: "wrong user name or password (\(outcome.failures) from this address)"))
            if let wait = outcome.wait {
                try await store.recordAudit(AuditEntry(at: Date(), user: typed, action: "sign-in throttled",
                                                       subject: "\(outcome.failures) failures from this address: next try in \(Int(wait)) s"))
                // This try was checked and was wrong, so 401 says so; the wait applies from the next.
                var response = failure("Enter a correct user name and password. " + Self.waitMessage(wait), .unauthorized)
                response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
                return response
            }
            return failure("Enter a correct user name and password.", .unauthorized)
        }
        await throttle.recordSuccess(user: name, address: address)
        // A new session, and with it a new CSRF token, at every sign-in: a session id or token a
        // stranger planted or saw before sign-in is worth nothing after it.
        if let old = context.sessionToken {
            try await store.deleteSession(token: old)
            await sessions.forget(token: old)
        }
        let token = Token.random(), csrf = Token.random()
        try await store.createSession(token: token, userID: user.id, expiresAt: Date().addingTimeInterval(cookies.sessionLifetime),
                                      csrfToken: csrf)
        try await store.recordAudit(AuditEntry(at: Date(), user: user.name, action: "sign-in", subject: "signed in"))
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(cookies.sessionCookie(token))
        // The cookie now holds the session's token, which API clients send in X-CSRF-Token; the
        // pre-sign-in token it replaces passes nowhere any more.
        response.setCookie(cookies.csrfCookie(csrf))
        return response
    }

    static func waitMessage(_ wait: TimeInterval) -> String {
        let seconds = Int(wait.rounded(.up))
        let when = seconds < 90 ? "\(seconds) seconds" : "\(Int((Double(seconds) / 60).rounded(.up))) minutes"
        return "Too many failed attempts to sign in as this user from here. Wait \(when), then try again, or ask your administrator to clear it."
    }

    /// The user name as typed, for the audit log: cut short (people paste passwords into it) and
    /// without control characters, which could forge lines in a log viewer.
    static func auditName(_ name: String) -> String {
        let clean = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        let cut = clean.prefix(LoginThrottle.maxNameLength)
        return cut.count < clean.count ? cut + "…" : String(cut)
    }
}

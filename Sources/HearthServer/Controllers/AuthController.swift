import Foundation
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

    struct CSRFForm: Decodable {
        let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.signInPath, .anyone) { request, context in
            if context.user != nil { return .redirect(to: Site.overview, type: .normal) }
            let next = request.uri.queryParameters.get("next").flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.overview
            return views.response("sign-in", SignInPage(page: PageChrome(title: "Sign in", context: context, section: nil),
                                                        next: next, username: "", error: nil))
        }
        r.post(Site.signInPath, .anyone) { request, context in try await signIn(request, context) }
        r.post(Site.signOut, .signedIn) { request, context in
            let form = try await FormBody.decode(CSRFForm.self, from: request)
            try CSRF.check(form._csrf, context)
            if let token = context.sessionToken {
                try await store.deleteSession(token: token)
                await sessions.forget(token: token)
            }
            var response = Response.redirect(to: Site.signInPath, type: .normal)
            response.setCookie(cookies.expiredSessionCookie())
            return response
        }
    }

    private func signIn(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormBody.decode(SignInForm.self, from: request)
        try CSRF.check(form._csrf, context)
        let name = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let next = form.next.flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.overview
        func failure(_ message: String, _ status: HTTPResponse.Status) -> Response {
            views.response("sign-in", SignInPage(page: PageChrome(title: "Sign in", context: context, section: nil),
                                                 next: next, username: name, error: message), status: status)
        }
        if await throttle.isBlocked(user: name, address: context.remoteAddress) {
            return failure("Too many failed attempts. Wait 15 minutes, then try again, or ask your administrator.", .tooManyRequests)
        }
        let user = name.isEmpty ? nil : try await store.user(named: name)
        // Verify against a fixed hash when the user does not exist, so timing does not tell.
        let ok = try await hasher.verify(form.password ?? "", hash: user?.passwordHash ?? absentUserHash)
        guard let user, ok else {
            await throttle.recordFailure(user: name, address: context.remoteAddress)
            return failure("Enter a correct user name and password.", .unauthorized)
        }
        await throttle.recordSuccess(user: name)
        let token = Token.random()
        try await store.createSession(token: token, userID: user.id, expiresAt: Date().addingTimeInterval(cookies.sessionLifetime))
        try await store.recordAudit(AuditEntry(at: Date(), user: user.name, action: "sign-in", subject: "signed in"))
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(cookies.sessionCookie(token))
        return response
    }
}

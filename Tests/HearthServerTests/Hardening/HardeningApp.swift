import Foundation
import HTTPTypes
import HearthStore
import Hummingbird
import HummingbirdTesting
@testable import HearthServer

/// A web app of its own, on an empty in-memory store with a user per role, for tests that change
/// state the shared fixture's other tests rely on (throttles, roles, a store refusing writes).
/// `live` serves it on a real socket at 127.0.0.1, trusted as a proxy, so `X-Forwarded-For`
/// gives each request the client address a test chooses.
struct HardeningApp: Sendable {
    let store: SQLStore
    let responder: RouterResponder<AppContext>
    let sessions: [UserRole: String]

    /// Runs `body` with a new app and closes its store afterwards, however `body` ends (SQLiteNIO
    /// stops the process when a connection is dropped unclosed).
    static func with(_ configure: (inout ServerConfiguration) -> Void = { _ in }, store: SQLStore? = nil,
                     _ body: (HardeningApp) async throws -> Void) async throws {
        let app = try await make(configure, store: store)
        do {
            try await body(app)
        } catch {
            try? await app.store.close()
            throw error
        }
        try await app.store.close()
    }

    private static func make(_ configure: (inout ServerConfiguration) -> Void = { _ in }, store: SQLStore? = nil,
                             accessLog: AccessLogMiddleware = AccessLogMiddleware()) async throws -> HardeningApp {
        let store = if let store { store } else { try await StoreFactory.open(.sqliteMemory) }
        let sessions = try await ServerFixture.signIn(store)
        var configuration = ServerConfiguration()
        configure(&configuration)
        let (_, router, _) = try await ServerFixture.makeApp(store, configuration: configuration, accessLog: accessLog)
        return HardeningApp(store: store, responder: router.buildResponder(), sessions: sessions)
    }

    /// Trusts `X-Forwarded-For` from the loopback address the live test client connects from.
    static func behindProxy(_ c: inout ServerConfiguration) {
        c.trustedProxyHeader = "X-Forwarded-For"
        c.trustedProxies = ["127.0.0.1", "::1"]
    }

    func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(responder: responder).test(.router) { try await body($0) }
    }

    func withLiveClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(responder: responder, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { try await body($0) }
    }

    /// Form headers from `address` (through the trusted proxy), with the pre-sign-in CSRF cookie.
    static func form(from address: String? = nil, cookie: String = "\(CookieSettings.csrf)=\(ServerFixture.csrf)") -> HTTPFields {
        var h: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: cookie]
        if let address { h[HTTPField.Name("X-Forwarded-For")!] = address }
        return h
    }

    static func signInBody(_ user: String, _ password: String, next: String? = nil) -> ByteBuffer {
        let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let nextField = next.map { "&next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? ""
        return ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&username=\(user)&password=\(encoded)" + nextField)
    }

    /// Cookie header of a signed-in role of this app.
    func cookie(_ role: UserRole) -> String {
        ServerFixture.cookie(session: sessions[role] ?? "")
    }
}

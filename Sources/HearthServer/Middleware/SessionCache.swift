import Foundation
import HearthStore

/// Sessions looked up in the last few seconds, so a busy page does not ask the database for the
/// same session on every request. Signing out, and an administrator changing or removing a user,
/// remove the entries at once in this process; another process serving the same database sees
/// them within `lifetime`.
actor SessionCache {
    private struct Entry {
        let session: StoredSession
        let fetchedAt: Date
    }

    let lifetime: TimeInterval
    private var entries: [String: Entry] = [:]

    init(lifetime: TimeInterval = 10) {
        self.lifetime = lifetime
    }

    func session(token: String, now: Date, store: any Store) async throws -> StoredSession? {
        if let e = entries[token], now.timeIntervalSince(e.fetchedAt) < lifetime {
            return e.session.expiresAt > now ? e.session : nil
        }
        let session = try await store.session(token: token, now: now)
        if entries.count > 10_000 { entries.removeAll() }  // bounded: a flood of tokens cannot grow it
        if let session { entries[token] = Entry(session: session, fetchedAt: now) } else { entries[token] = nil }
        return session
    }

    func forget(token: String) {
        entries[token] = nil
    }

    /// Drops every cached session of the user, so a new role or a removal counts from their next request.
    func forget(user name: String) {
        entries = entries.filter { $0.value.session.user.name != name }
    }
}

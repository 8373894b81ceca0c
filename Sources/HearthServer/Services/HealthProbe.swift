import Foundation
import HearthStore

/// Whether the store takes writes, found by rewriting its heartbeat row: a store that still
/// answers reads from a full disk or a read-only file looks healthy to a read, while every import,
/// sign-in and audit entry fails. At most one write per `interval`, whatever the rate of `/health`
/// calls, so probing it from the internet cannot become a load.
actor HealthProbe {
    let store: any Store
    let interval: TimeInterval
    private var last: (at: Date, error: String?)?

    init(store: any Store, interval: TimeInterval = 5) {
        self.store = store
        self.interval = interval
    }

    /// Nil when a write went through, else what went wrong (for the log, not the response).
    func writeError(now: Date = Date()) async -> String? {
        if let last, now.timeIntervalSince(last.at) < interval { return last.error }
        var error: String?
        do {
            try await store.writeHeartbeat(at: now)
        } catch let failure {
            error = "\(failure)"
        }
        last = (now, error)
        return error
    }
}

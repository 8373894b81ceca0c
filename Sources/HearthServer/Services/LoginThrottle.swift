import Foundation

/// Slows password guessing: after `limit` failed sign-ins for one user name, or `limit × 4` from
/// one address, within `window`, further attempts are refused until the window has passed.
actor LoginThrottle {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(user: String, address: String, now: Date = Date()) -> Bool {
        prune(now)
        return (failures["u:" + user.lowercased()]?.count ?? 0) >= limit || (failures["a:" + address]?.count ?? 0) >= limit * 4
    }

    func recordFailure(user: String, address: String, now: Date = Date()) {
        failures["u:" + user.lowercased(), default: []].append(now)
        failures["a:" + address, default: []].append(now)
    }

    func recordSuccess(user: String) {
        failures["u:" + user.lowercased()] = nil
    }

    private func prune(_ now: Date) {
        let cutoff = now.addingTimeInterval(-window)
        for (key, times) in failures {
            let kept = times.filter { $0 > cutoff }
            failures[key] = kept.isEmpty ? nil : kept
        }
    }
}

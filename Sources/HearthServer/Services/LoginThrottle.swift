import Foundation

/// Slows password guessing per (user name, client address) pair. Counting per name alone let a
/// stranger lock any officer out, `admin` included; per address alone let one stranger behind the
/// council's proxy lock out everyone behind it. Per pair, a guesser slows only their own tries:
/// the officer signing in from another address, and other names from the same address, go on.
///
/// After `freeFailures` failed sign-ins for a pair, each further failure makes the pair wait,
/// `firstDelay` then doubling up to `maxDelay`; a success or an administrator clears it.
actor LoginThrottle {
    struct Policy: Sendable {
        var freeFailures = 5
        var firstDelay: TimeInterval = 30
        var maxDelay: TimeInterval = 15 * 60
        /// A pair with no failure for this long is forgotten.
        var forgetAfter: TimeInterval = 24 * 3600
        /// Most pairs held: a stranger inventing names or addresses cannot grow the table further.
        var capacity = 10_000
    }

    struct Key: Hashable, Sendable {
        let user: String
        let address: String
    }

    private struct Record {
        var failures: Int
        var last: Date
        var until: Date?
    }

    /// What one failure did: the pair's count, and the wait it now has if the throttle engaged.
    struct Failure: Sendable, Equatable {
        let failures: Int
        let wait: TimeInterval?
    }

    let policy: Policy
    private var records: [Key: Record] = [:]

    init(policy: Policy = Policy()) {
        self.policy = policy
    }

    /// Longest user name kept: enough for any real one, so a pasted essay costs no more memory.
    static let maxNameLength = 64

    static func key(user: String, address: String) -> Key {
        Key(user: String(user.lowercased().prefix(maxNameLength)), address: String(address.prefix(ClientAddress.maxLength)))
    }

    /// Seconds the pair must still wait, or nil if it may try now.
    func wait(user: String, address: String, now: Date = Date()) -> TimeInterval? {
        guard let until = records[Self.key(user: user, address: address)]?.until, until > now else { return nil }
        return until.timeIntervalSince(now)
    }

    @discardableResult
    func recordFailure(user: String, address: String, now: Date = Date()) -> Failure {
        let key = Self.key(user: user, address: address)
        if records[key] == nil, records.count >= policy.capacity { evict(now) }
        var record = records[key] ?? Record(failures: 0, last: now, until: nil)
        record.failures += 1
        record.last = now
        var wait: TimeInterval?
        if record.failures >= policy.freeFailures {
            let doublings = min(record.failures - policy.freeFailures, 30)
            wait = min(policy.firstDelay * pow(2, Double(doublings)), policy.maxDelay)
            record.until = now.addingTimeInterval(wait!)
        }
        records[key] = record
        return Failure(failures: record.failures, wait: wait)
    }

    func recordSuccess(user: String, address: String) {
        records[Self.key(user: user, address: address)] = nil
    }

    /// Forgets every pair of the name (an administrator vouches for the user); how many there were.
    @discardableResult
    func clear(user: String) -> Int {
        let name = Self.key(user: user, address: "").user
        let before = records.count
        records = records.filter { $0.key.user != name }
        return before - records.count
    }

    /// Names with at least one pair waiting now, and from how many addresses.
    func waiting(now: Date = Date()) -> [String: Int] {
        var out: [String: Int] = [:]
        for (key, record) in records where (record.until ?? .distantPast) > now { out[key.user, default: 0] += 1 }
        return out
    }

    var count: Int { records.count }

    /// Makes room: first the forgotten, then pairs not waiting (a few stray failures each), and
    /// only if every pair is waiting, the oldest half. The pairs kept longest are the ones under
    /// attack, so flooding the table costs a guesser more than it frees.
    private func evict(_ now: Date) {
        records = records.filter { now.timeIntervalSince($0.value.last) < policy.forgetAfter }
        if records.count >= policy.capacity {
            records = records.filter { ($0.value.until ?? .distantPast) > now }
        }
        if records.count >= policy.capacity {
            let oldest = records.sorted { $0.value.last < $1.value.last }.prefix(records.count / 2).map(\.key)
            for key in oldest { records[key] = nil }
        }
    }
}

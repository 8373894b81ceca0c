import Foundation

/// Runs independent pieces of work side by side on the machine's cores. Each piece is a pure
/// function of what it captures and its result goes to its own slot, so the outcome is the same
/// as running them one after the other, in the same order, whatever the timing.
public enum Parallel {
    /// `work(0) … work(count - 1)`, in that order.
    public static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, work(i)) }
        return slots.values()
    }

    /// Two different pieces of work at once.
    public static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = Slots<A>(count: 1), second = Slots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { first.set(0, a()) } else { second.set(0, b()) }
        }
        return (first.values()[0], second.values()[0])
    }
}

/// One slot per piece of work, filled from the worker threads.
private final class Slots<T: Sendable>: @unchecked Sendable {
    // Safe: every access to `slots` holds `lock`, and each piece writes only its own slot.
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ i: Int, _ value: T) {
        lock.withLock { slots[i] = value }
    }

    /// Every slot's value; called once `concurrentPerform` has returned, so all are filled.
    func values() -> [T] {
        lock.withLock { slots.compactMap { $0 } }
    }
}

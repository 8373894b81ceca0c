import HearthCore

/// The children one slice of a census read, kept so that they can be moved into the census's
/// array rather than copied: copying nearly a million children retained every array inside
/// them, and dropping the slices released it all again, while the other core waited.
///
/// A class only to be handed from the worker that fills it to the thread that joins the slices;
/// one thread uses it at a time (see `SliceResults`).
final class CINChildRun: @unchecked Sendable {
    private var base: UnsafeMutablePointer<CINChild>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ child: CINChild) {
        if count == capacity { grow() }
        (base + count).initialize(to: child)
        count += 1
    }

    /// Adds what the parser read into an array (a slice's unusual children, a handful).
    func append(contentsOf children: [CINChild]) {
        for child in children { append(child) }
    }

    /// Moves every child to `destination`, which must have room for `count` uninitialised
    /// children, and tells how many; the run is left empty.
    func moveAll(to destination: UnsafeMutablePointer<CINChild>) -> Int {
        let moved = count
        destination.moveInitialize(from: base, count: moved)
        count = 0
        return moved
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<CINChild>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}

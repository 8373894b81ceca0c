/// A fixed number of connections, each lent to one holder at a time; callers beyond that wait in
/// arrival order.
///
/// A transaction is a conversation on one connection (BEGIN … COMMIT), so a connection is lent
/// for the whole of it, never shared. A pool of one is the store's serial writer on SQLite: an
/// actor alone would not do, because its methods interleave at every `await` and two
/// transactions would mix their statements.
///
/// Connections are opened when first needed, so an idle store holds one; a connection that
/// comes back broken (closed by the server, or in an unknown state after a failed rollback) is
/// dropped, and the next caller opens a fresh one in its place.
actor ConnectionPool {
    let capacity: Int
    private let open: @Sendable (_ number: Int) async throws -> StoreConnection
    /// How many connections this pool has opened, for the driver's logs.
    private var serial = 0
    private var idle: [StoreConnection] = []
    /// Connections that exist, lent or idle, counting those being opened.
    private var opened = 0
    /// Callers waiting for a connection; `nil` hands one a counted slot to open a connection in.
    private var waiting: [CheckedContinuation<StoreConnection?, any Error>] = []
    private var closed = false
    private let name: String

    /// `name` says which store and which pool in errors ("SQLite file x: readers").
    init(name: String, capacity: Int, open: @escaping @Sendable (_ number: Int) async throws -> StoreConnection) {
        self.name = name
        self.capacity = max(1, capacity)
        self.open = open
    }

    /// Lends a connection to `body` and takes it back afterwards, whether `body` returns or throws.
    /// Nonisolated so that `body` runs off the pool's actor: the pool only hands out and takes back.
    nonisolated func withConnection<T: Sendable>(_ body: (StoreConnection) async throws -> T) async throws -> T {
        let connection = try await checkOut()
        do {
            let result = try await body(connection)
            await checkIn(connection)
            return result
        } catch {
            await checkIn(connection)
            throw error
        }
    }

    /// Closes every connection; callers still waiting are told the store is closed, and
    /// connections still lent are closed as they come back.
    func close() async throws {
        closed = true
        for waiter in waiting { waiter.resume(throwing: StoreError.badLocation("\(name): the store is closed")) }
        waiting.removeAll()
        let toClose = idle
        idle.removeAll()
        opened -= toClose.count
        var firstError: (any Error)?
        for connection in toClose {
            do { try await connection.close() } catch { firstError = firstError ?? error }
        }
        if let firstError { throw firstError }
    }

    private func checkOut() async throws -> StoreConnection {
        guard !closed else { throw StoreError.badLocation("\(name): the store is closed") }
        if let connection = idle.popLast() { return connection }
        if opened < capacity {
            // Counted before the `await`, so callers arriving meanwhile wait rather than open more.
            opened += 1
            return try await openInCountedSlot()
        }
        if let connection = try await withCheckedThrowingContinuation({ waiting.append($0) }) {
            return connection
        }
        // Handed a slot that was freed (and is still counted) rather than a connection.
        return try await openInCountedSlot()
    }

    private func openInCountedSlot() async throws -> StoreConnection {
        serial += 1
        do {
            guard !closed else { throw StoreError.badLocation("\(name): the store is closed") }
            return try await open(serial)
        } catch {
            releaseSlot()
            throw error
        }
    }

    /// A counted connection is gone: its slot goes to the first waiter, who opens a connection in
    /// it (a waiter would otherwise wait for a connection that will never come back), or is uncounted.
    private func releaseSlot() {
        if !closed, !waiting.isEmpty {
            waiting.removeFirst().resume(returning: nil)
        } else {
            opened -= 1
        }
    }

    private func checkIn(_ connection: StoreConnection) async {
        if closed || connection.isBroken {
            try? await connection.close()
            releaseSlot()
            return
        }
        if waiting.isEmpty {
            idle.append(connection)
        } else {
            waiting.removeFirst().resume(returning: connection)
        }
    }
}

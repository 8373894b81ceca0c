/// At most `width` PDF prints at once for the whole server, the rest waiting their turn in order.
/// Each print starts a Chromium with several processes of its own: sixteen board members asking
/// at once started 142 of them before this queue. A request that would wait behind more than
/// `maxWaiting` others is answered 503 with a Retry-After instead of queueing without end.
public actor PrintQueue {
    public let width: Int
    public let maxWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The most prints that ever ran at once (the queue's test reads it).
    public private(set) var mostAtOnce = 0

    public init(width: Int = 2, maxWaiting: Int = 16) {
        self.width = max(1, width)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// The web app answers it 503 with Retry-After: 30.
    public static let busy = ApplicationError.busy("Several packs are being printed to PDF just now; try again in a minute.", retryAfter: 30)

    /// Runs `body` when a place is free; throws `busy` when the queue is full.
    public func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if running < width {
            running += 1
        } else {
            guard waiting.count < maxWaiting else { throw Self.busy }
            // The place is handed over by the print that ends (`leave`), so `running` stays as is.
            await withCheckedContinuation { waiting.append($0) }
        }
        mostAtOnce = max(mostAtOnce, running)
        defer { leave() }
        return try await body()
    }

    private func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}

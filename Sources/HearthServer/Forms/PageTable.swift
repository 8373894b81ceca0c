import Hummingbird
import Synchronization

/// The page each GET route shows, by route pattern, so a refused form can show its page again.
/// Filled while the controllers register their routes and only read after.
final class PageTable: Sendable {
    private let handlers = Mutex<[String: GuardedRouter.Handler]>([:])

    func add(_ pattern: String, _ handler: @escaping GuardedRouter.Handler) {
        handlers.withLock { $0[pattern] = handler }
    }

    /// The page a form posted to `pattern` lives on: the GET of the same address, or of the
    /// nearest address above it (`/plan/actions/:id/notes` is a form on `/plan/actions/:id`).
    func page(for pattern: String) -> GuardedRouter.Handler? {
        var segments = pattern.split(separator: "/", omittingEmptySubsequences: true)
        return handlers.withLock { table in
            while true {
                if let handler = table["/" + segments.joined(separator: "/")] { return handler }
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            }
        }
    }
}

/// A failure a user can act on, said in their words, with the kind of failure it is. Services
/// throw it (or a domain error that gives one, `DomainError`) and never an HTTP status: the web
/// app's error middleware turns the kind into 404, 409 or 422, a page or a JSON problem; the CLI
/// prints the message.
public struct ApplicationError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// What was asked for is not there (a meeting, a plan version, an action).
        case notFound
        /// It clashes with what is already stored (a second meeting on the same day).
        case conflict
        /// What was sent cannot be used as it is.
        case invalid
        /// The service is doing as much of this as it can at once: try again in a while.
        case busy
    }

    public let kind: Kind
    public let message: String
    /// For `busy`: seconds to wait before trying again.
    public let retryAfter: Int?

    public init(_ kind: Kind, _ message: String, retryAfter: Int? = nil) {
        self.kind = kind
        self.message = message
        self.retryAfter = retryAfter
    }

    public static func notFound(_ message: String) -> ApplicationError { .init(.notFound, message) }
    public static func conflict(_ message: String) -> ApplicationError { .init(.conflict, message) }
    public static func invalid(_ message: String) -> ApplicationError { .init(.invalid, message) }
    public static func busy(_ message: String, retryAfter: Int) -> ApplicationError { .init(.busy, message, retryAfter: retryAfter) }

    public var description: String { message }
}

/// An error of a lower layer (the store, the pack) that is sometimes the user's to act on: it
/// says so by giving an `ApplicationError`, and nil when it is the service's own failure (a
/// corrupt database), which stays a 500 with the details in the log only.
public protocol DomainError: Error {
    var applicationError: ApplicationError? { get }
}

extension ApplicationError: DomainError {
    public var applicationError: ApplicationError? { self }
}

import Foundation

/// A live session: whose it is, until when, and the CSRF token its forms must carry.
public struct StoredSession: Sendable, Equatable {
    public let user: StoredUser
    public let expiresAt: Date
    /// Made at sign-in with the session and kept beside it, so a token from another session (or
    /// from before sign-in) does not pass. Empty only for sessions older than the column.
    public let csrfToken: String

    public init(user: StoredUser, expiresAt: Date, csrfToken: String = "") {
        self.user = user
        self.expiresAt = expiresAt
        self.csrfToken = csrfToken
    }
}

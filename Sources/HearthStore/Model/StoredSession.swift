import Foundation

/// A live session: whose it is and until when.
public struct StoredSession: Sendable, Equatable {
    public let user: StoredUser
    public let expiresAt: Date

    public init(user: StoredUser, expiresAt: Date) {
        self.user = user
        self.expiresAt = expiresAt
    }
}

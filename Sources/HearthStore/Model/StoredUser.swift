import Foundation

/// A user as stored.
public struct StoredUser: Sendable, Equatable, Codable {
    public let id: Int
    public let name: String
    public let role: UserRole
    public let passwordHash: String
    public let createdAt: Date
    /// Where the daily digest of their actions goes; nil keeps it in the outbox only.
    public let email: String?

    public init(id: Int, name: String, role: UserRole, passwordHash: String, createdAt: Date, email: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.email = email
    }
}

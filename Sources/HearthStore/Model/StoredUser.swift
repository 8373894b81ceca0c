import Foundation

/// A user as stored.
public struct StoredUser: Sendable, Equatable, Codable {
    public let id: Int
    public let name: String
    public let role: UserRole
    public let passwordHash: String
    public let createdAt: Date

    public init(id: Int, name: String, role: UserRole, passwordHash: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

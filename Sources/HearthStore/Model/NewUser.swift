import Foundation

/// A user to create. The password arrives already hashed (bcrypt, by the caller).
public struct NewUser: Sendable, Equatable {
    public let name: String
    public let role: UserRole
    public let passwordHash: String
    public let createdAt: Date

    public init(name: String, role: UserRole, passwordHash: String, createdAt: Date = Date()) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

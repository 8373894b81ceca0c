import Foundation

/// A row of `schema_migrations`.
public struct AppliedMigration: Sendable, Equatable, Codable {
    public let version: Int
    public let name: String
    public let appliedAt: String

    public init(version: Int, name: String, appliedAt: String) {
        self.version = version
        self.name = name
        self.appliedAt = appliedAt
    }
}

import Foundation

/// Who did what, when. `subject` says what was viewed ("drill-down icpc_15wd 2024-25") and by
/// design never carries a child's identifier: callers pass the view, not the records in it.
public struct AuditEntry: Sendable, Equatable, Codable {
    public let at: Date
    public let user: String
    public let action: String
    public let subject: String

    public init(at: Date, user: String, action: String, subject: String) {
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
    }
}

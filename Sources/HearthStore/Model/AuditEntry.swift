import Foundation

/// Who did what, when, and from which client address. `subject` says what was viewed
/// ("drill-down icpc_15wd 2024-25") and by design never carries a child's identifier: callers pass
/// the view, not the records in it.
public struct AuditEntry: Sendable, Equatable, Codable {
    public let at: Date
    public let user: String
    public let action: String
    public let subject: String
    /// The client's address as the server judged it (the socket peer, or a trusted proxy's word);
    /// empty for entries made outside a request (the command line) and before migration 9.
    public let address: String

    /// The address of the request being served. The web server sets it around each request, so
    /// every audit entry a handler makes carries the address without each of dozens of call sites
    /// having to thread it through.
    @TaskLocal public static var requestAddress = ""

    public init(at: Date, user: String, action: String, subject: String, address: String = AuditEntry.requestAddress) {
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
        self.address = address
    }
}

import Foundation

/// One message of the daily digest, as the outbox keeps it: to whom, the words, the calendar file
/// of the recipient's dated actions, and whether it went. A message with no address waits in the
/// outbox page only (the user has none, or no mail server is set).
public struct OutboxMessage: Sendable, Equatable, Codable {
    public let id: Int
    /// The day the digest is for (ISO 8601, `yyyy-mm-dd`).
    public let day: String
    /// The user it is for, by user name.
    public let recipient: String
    public let address: String?
    public let subject: String
    public let body: String
    /// An iCalendar file (RFC 5545) of the recipient's open dated actions.
    public let calendar: String
    /// How many actions the digest names.
    public let items: Int
    public let createdAt: Date
    public let sentAt: Date?
    public let attempts: Int
    public let lastError: String?

    public init(id: Int, day: String, recipient: String, address: String?, subject: String, body: String, calendar: String,
                items: Int, createdAt: Date, sentAt: Date? = nil, attempts: Int = 0, lastError: String? = nil) {
        self.id = id
        self.day = day
        self.recipient = recipient
        self.address = address
        self.subject = subject
        self.body = body
        self.calendar = calendar
        self.items = items
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.attempts = attempts
        self.lastError = lastError
    }

    /// A message not yet stored (the store gives the id).
    public struct New: Sendable, Equatable {
        public let day: String
        public let recipient: String
        public let address: String?
        public let subject: String
        public let body: String
        public let calendar: String
        public let items: Int

        public init(day: String, recipient: String, address: String?, subject: String, body: String, calendar: String, items: Int) {
            self.day = day
            self.recipient = recipient
            self.address = address
            self.subject = subject
            self.body = body
            self.calendar = calendar
            self.items = items
        }
    }
}

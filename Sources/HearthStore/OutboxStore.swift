import Foundation

/// Where the daily digest's messages wait and are marked sent, per authority. Each method is one
/// transaction.
public protocol OutboxStore: Sendable {
    /// Stores the messages not already made for their day and recipient (a second run of the same
    /// day adds nothing); returns those stored now.
    func queueMessages(_ messages: [OutboxMessage.New], at: Date, authority: String) async throws -> [OutboxMessage]
    /// Newest first; one recipient's only when `recipient` is given.
    func outbox(recipient: String?, limit: Int, authority: String) async throws -> [OutboxMessage]
    func outboxMessage(id: Int, authority: String) async throws -> OutboxMessage?
    /// The day's messages (`yyyy-mm-dd`) with an address, not sent, tried fewer than `maxAttempts`
    /// times, oldest first. An earlier day's unsent message is not asked for: that day's digest
    /// has been replaced by the day's own.
    func unsentMessages(day: String, maxAttempts: Int, authority: String) async throws -> [OutboxMessage]
    /// Records one attempt: sent at `sentAt`, or failed with `error`.
    func recordDelivery(id: Int, sentAt: Date?, error: String?, authority: String) async throws
}

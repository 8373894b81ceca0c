import Foundation
import Logging

/// Runs the digest each day from a time of day (UK time), as long as the server runs: it looks
/// every `interval` and, once the time has passed, runs `DigestService.run`. A day's messages are
/// made once (the outbox's key), so looking again only retries what could not be sent; a server
/// started after the time makes the day's digest at once.
public struct DigestSchedule: Sendable {
    let digests: DigestService
    /// Minutes after midnight, UK time.
    let minute: Int
    let interval: Duration
    let logger: Logger

    public init(digests: DigestService, minute: Int, interval: Duration = .seconds(600), logger: Logger = Logger(label: "hearth.digest")) {
        self.digests = digests
        self.minute = minute
        self.interval = interval
        self.logger = logger
    }

    /// Until the task is cancelled. A failed run is logged and tried again at the next look.
    public func run() async {
        while !Task.isCancelled {
            if Self.minutesIntoUKDay(Date()) >= minute {
                do { _ = try await digests.run() } catch {
                    logger.error("digest failed", metadata: ["error": "\(error)"])
                }
            }
            try? await Task.sleep(for: interval)
        }
    }

    static func minutesIntoUKDay(_ date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return (c.hour ?? 0) * 60 + (c.minute ?? 0)
    }
}

import Foundation
import HearthCore
import Logging

/// Runs the digest each day from a time of day (UK time), as long as the server runs: it looks
/// every `interval` and, once the time has passed, makes the day's digest (`DigestService.run`)
/// once, then at each later look only retries what could not be sent. A server started after
/// the time makes the day's digest at once (the outbox's key keeps a restart from making it twice).
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
        var made: Day?
        while !Task.isCancelled {
            if Self.minutesIntoUKDay(Date()) >= minute {
                let today = digests.programme.today
                do {
                    if made == today {
                        if digests.sends { _ = try await digests.retry(on: today) }
                    } else {
                        _ = try await digests.run(on: today)
                        made = today
                    }
                } catch {
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

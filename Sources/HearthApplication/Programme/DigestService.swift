import Foundation
import HearthCore
import HearthReports
import HearthStore
import Logging

/// The daily digest: for each user who owns actions, what is overdue and what falls due within
/// the next `OwnedActions.digestHorizon` days, as a message in the outbox with a calendar file of
/// their dated actions; sent by e-mail when a mail relay is set (`HEARTH_SMTP_URL`) and the user
/// has an address. A day's message is made once per user; an unsent one is tried again on each
/// run, up to `maxAttempts` times. The web server runs it each morning; `hearth digest` runs it
/// by hand or from cron.
public struct DigestService: Sendable {
    let store: any Store
    let programme: ProgrammeService
    let mailer: SMTPMailer?
    /// Where users open Hearth (`HEARTH_PUBLIC_URL`), for the link in the message; nil names the page only.
    let publicURL: String?
    let logger: Logger

    /// Tries for one message before it is left in the outbox with its last error.
    public static let maxAttempts = 5

    public init(store: any Store, programme: ProgrammeService, mailer: SMTPMailer?, publicURL: String? = nil,
                logger: Logger = Logger(label: "hearth.digest")) {
        self.store = store
        self.programme = programme
        self.mailer = mailer
        self.publicURL = publicURL
        self.logger = logger
    }

    /// What one run did.
    public struct Run: Sendable, Equatable {
        public let day: Day
        /// Messages made by this run (none when the day's were made already).
        public let queued: [OutboxMessage]
        public let sent: Int
        /// Messages that could not be sent this time, each with why.
        public let failed: [String]
        /// Owners named on actions who are not users (removed since): no message is made for them.
        public let unknownOwners: [String]
    }

    /// Makes the day's messages (once per owner per day) and sends every unsent one that has an
    /// address, when a relay is set.
    public func run(on day: Day? = nil) async throws -> Run {
        let day = day ?? programme.today
        let (queued, unknown) = try await prepare(on: day)
        let (sent, failed) = try await deliver(day: day)
        // The command line and the outbox page say what was done; the log keeps it at debug.
        logger.debug("digest", metadata: ["day": "\(day.iso)", "queued": "\(queued.count)", "sent": "\(sent)", "failed": "\(failed.count)"])
        return Run(day: day, queued: queued, sent: sent, failed: failed, unknownOwners: unknown)
    }

    /// Tries again the day's messages not yet sent (the relay was down), without making the day's
    /// digest again: what the server's schedule does once it has made it. Returns how many went.
    public func retry(on day: Day) async throws -> Int {
        try await deliver(day: day).sent
    }

    /// The actions `user` owns now.
    public func owned(by user: String) async throws -> OwnedActions {
        OwnedActions(user: user, programme: try await programme.programme())
    }

    /// The calendar file of `user`'s open dated actions.
    public func calendar(for user: String) async throws -> String {
        CalendarFile.write(try await owned(by: user), authority: programme.authority, stamp: Self.stamp(Date()))
    }

    func prepare(on day: Day) async throws -> (queued: [OutboxMessage], unknownOwners: [String]) {
        let programme = try await self.programme.programme()
        let users = Dictionary(try await store.users().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let name = await self.programme.indicators.authorityName
        var messages: [OutboxMessage.New] = [], unknown: [String] = []
        let stamp = Self.stamp(Date())
        for owner in OwnedActions.owners(in: programme) {
            guard let user = users[owner] else {
                unknown.append(owner)
                continue
            }
            let owned = OwnedActions(user: owner, programme: programme)
            let (overdue, soon) = owned.digest(today: day)
            guard !overdue.isEmpty || !soon.isEmpty else { continue }
            let calendar = CalendarFile.write(owned, authority: self.programme.authority, stamp: stamp)
            messages.append(OutboxMessage.New(
                day: day.iso, recipient: owner, address: user.email, subject: Self.subject(overdue: overdue.count, soon: soon.count, authority: name),
                body: Self.body(user: owner, overdue: overdue, soon: soon, today: day, authority: name, link: publicURL.map { $0 + "/my-actions" }),
                calendar: calendar,
                items: overdue.count + soon.count))
        }
        let queued = try await store.queueMessages(messages, at: Date(), authority: self.programme.authority)
        return (queued, unknown)
    }

    /// Sends the day's unsent messages. An earlier day's message never sent (no relay then, or
    /// it kept failing) stays in the outbox unsent: the day's digest has replaced it, and an owner
    /// should not receive yesterday's list beside today's.
    func deliver(day: Day) async throws -> (sent: Int, failed: [String]) {
        guard let mailer else { return (0, []) }
        var sent = 0, failed: [String] = []
        for message in try await store.unsentMessages(day: day.iso, maxAttempts: Self.maxAttempts, authority: programme.authority) {
            guard let address = message.address else { continue }
            do {
                try await mailer.send(MailMessage(
                    to: address, subject: message.subject, text: message.body,
                    attachment: .init(filename: "hearth-actions.ics", contentType: "text/calendar; method=PUBLISH", content: message.calendar)))
                try await store.recordDelivery(id: message.id, sentAt: Date(), error: nil, authority: programme.authority)
                sent += 1
            } catch {
                // The recipient is named by user name only: an address is personal data and stays out of the log.
                let why = "\(error)"
                try await store.recordDelivery(id: message.id, sentAt: nil, error: why, authority: programme.authority)
                logger.warning("digest not sent", metadata: ["message": "\(message.id)", "recipient": "\(message.recipient)", "error": "\(why)"])
                failed.append("message \(message.id) to \(message.recipient): \(why)")
            }
        }
        return (sent, failed)
    }

    static func subject(overdue: Int, soon: Int, authority: String) -> String {
        var parts: [String] = []
        if overdue > 0 { parts.append("\(overdue) overdue") }
        if soon > 0 { parts.append("\(soon) due soon") }
        return "Your improvement actions: \(parts.joined(separator: ", ")) (\(authority))"
    }

    static func body(user: String, overdue: [OwnedActions.Item], soon: [OwnedActions.Item], today: Day, authority: String,
                     link: String? = nil) -> String {
        func line(_ i: OwnedActions.Item) -> String {
            let due = i.due.map { d in
                let days = today.days(to: d)
                return days < 0 ? "was due \(d.long) (\(-days) day\(days == -1 ? "" : "s") ago)"
                    : days == 0 ? "due today" : "due \(d.long) (in \(days) day\(days == 1 ? "" : "s"))"
            } ?? ""
            let name = i.kind == .planAction ? "Action \(i.id)" : "Action arising \(i.id)"
            return "- \(name): \(i.title)\n  \(due); \(i.context)" + (i.meetingDate.map { ", meeting of \($0.long)" } ?? "")
        }
        var text = ["Digest for \(user), \(today.long), \(authority) improvement programme.", ""]
        if !overdue.isEmpty { text += ["Overdue:"] + overdue.map(line) + [""] }
        if !soon.isEmpty { text += ["Due in the next \(OwnedActions.digestHorizon) days:"] + soon.map(line) + [""] }
        text += ["Record progress and evidence in Hearth under My actions" + (link == nil ? "." : ":")]
        // On a line of its own, so no mail program takes the words after it for part of the address.
        if let link { text += [link] }
        text += ["The attached calendar file holds the due date of each of your open actions; opening it adds them to your calendar.", "",
                 "This message was sent by Hearth because you own these actions. It names no child."]
        return text.joined(separator: "\n") + "\n"
    }

    /// A UTC date-time in the form RFC 5545 stamps events with (`20261207T070000Z`).
    static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }
}

extension DigestService {
    /// Whether messages go further than the outbox (a relay is set).
    public var sends: Bool { mailer != nil }

    /// The outbox, newest first: one recipient's only when `recipient` is given.
    public func outbox(recipient: String?, limit: Int = 200) async throws -> [OutboxMessage] {
        try await store.outbox(recipient: recipient, limit: limit, authority: programme.authority)
    }

    public func message(_ id: Int) async throws -> OutboxMessage {
        guard let m = try await store.outboxMessage(id: id, authority: programme.authority) else {
            throw ApplicationError.notFound("The outbox has no message \(id).")
        }
        return m
    }
}

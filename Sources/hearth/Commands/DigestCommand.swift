import ArgumentParser
import Foundation
import HearthApplication
import HearthCore

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Make the day's digest of actions overdue and due soon, one message per owner, and send it.",
        discussion: """
            Each user who owns a plan action or an action arising, and has one overdue or due within \
            \(OwnedActions.digestHorizon) days, gets a message in the outbox with a calendar file of their \
            due dates. When HEARTH_SMTP_URL names a mail relay, every unsent message to a user with an \
            e-mail address is sent (each is tried up to \(DigestService.maxAttempts) times). A day's message \
            is made once per owner: running it again, or beside the server's own morning run \
            (HEARTH_DIGEST_TIME), only retries what was not sent. For cron: `hearth digest` each morning. \
            Exits 1 when a message could not be sent.
            """)

    @OptionGroup var options: ProgrammeOptions
    @Option(help: "The day the digest is for, yyyy-mm-dd (default: today).") var date: String?

    func validate() throws {
        if let date, Day(iso: date) == nil { throw ValidationError("--date must be a day as yyyy-mm-dd") }
    }

    func run() async throws {
        let settings = try HearthSettings.process()
        let failed = try await options.withStore { store, programme in
            let digests = DigestService(store: store, programme: programme, mailer: settings.smtp.map { SMTPMailer($0) },
                                        publicURL: settings.publicURL)
            let run = try await digests.run(on: date.flatMap(Day.init(iso:)))
            try await programme.recordAudit(by: ProcessInfo.processInfo.environment["USER"] ?? "hearth", action: "make digest",
                                            subject: "\(run.day.iso) (command line): \(run.queued.count) made, \(run.sent) sent, \(run.failed.count) not sent")
            print("Digest for \(run.day.uk): \(run.queued.count) message\(run.queued.count == 1 ? "" : "s") made"
                  + (run.queued.isEmpty ? " (the day's were made already, or no owner has anything due)" : "") + ".")
            for m in run.queued {
                print("  \(m.recipient): \(m.items) action\(m.items == 1 ? "" : "s")" + (m.address == nil ? " (no e-mail address: outbox only)" : ""))
            }
            if settings.smtp == nil {
                print("No mail relay is set (HEARTH_SMTP_URL): the messages wait in the outbox page.")
            } else {
                print("\(run.sent) sent by e-mail.")
            }
            for owner in run.unknownOwners { print("Owner \(owner) is not a user any more: no message made (give the action another owner).") }
            for f in run.failed { FileHandle.standardError.write(Data("Not sent: \(f)\n".utf8)) }
            return !run.failed.isEmpty
        }
        if failed { throw ExitCode(1) }
    }
}

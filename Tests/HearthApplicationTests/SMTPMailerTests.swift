import Foundation
import HearthTestSupport
import Testing
@testable import HearthApplication

/// The SMTP client against a real SMTP server (aiosmtpd, started by the test), and the parts of
/// a message that can be checked without one.
@Suite struct SMTPMailerTests {
    @Test(.enabled(if: SMTPSink.shouldRun)) func aMessageWithItsCalendarFileArrivesWhole() async throws {
        let sink = try await SMTPSink()
        defer { sink.stop() }
        let mailer = SMTPMailer(try SMTPConfiguration(url: "smtp://127.0.0.1:\(sink.port)?from=hearth@council.gov.uk"))
        // A body with a line that starts with a dot and one that is only a dot: neither may end the message early
        let text = "Digest for hos\n.hidden line\n.\nLast line – with a dash\n"
        let calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
        try await mailer.send(MailMessage(to: "hos@council.gov.uk", subject: "Your improvement actions: 1 overdue – Halton", text: text,
                                          attachment: .init(filename: "hearth-actions.ics", contentType: "text/calendar; method=PUBLISH", content: calendar)))
        let received = try sink.received()
        try #require(received.count == 1)
        let m = received[0]
        #expect(m.from == "hearth@council.gov.uk" && m.to == ["hos@council.gov.uk"])
        #expect(m.content.contains("To: <hos@council.gov.uk>"))
        #expect(m.content.contains("Content-Type: multipart/mixed; boundary="))
        #expect(m.content.contains("filename=\"hearth-actions.ics\""))
        // The subject is not ASCII (an en dash), so it travels as an encoded word that decodes to itself
        let subject = try #require(m.content.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject: ") })
        #expect(subject.hasPrefix("Subject: =?UTF-8?B?"))
        // Both parts decode to exactly what was sent
        let parts = Self.base64Parts(m.content)
        #expect(parts == [text, calendar])
    }

    @Test(.enabled(if: SMTPSink.shouldRun)) func aRefusedRecipientIsSaidWithTheRelaysWords() async throws {
        let sink = try await SMTPSink()
        defer { sink.stop() }
        let mailer = SMTPMailer(SMTPConfiguration(host: "127.0.0.1", port: sink.port, from: "hearth@council.gov.uk"))
        await #expect(throws: MailError.refused("the mail relay refused RCPT: 550 5.1.1 mailbox unavailable")) {
            try await mailer.send(MailMessage(to: "refuse.me@council.gov.uk", subject: "s", text: "t"))
        }
        #expect(try sink.received().isEmpty)
    }

    @Test(.enabled(if: SMTPSink.isRequired)) func theSinkIsThereWhereItMustBe() {
        #expect(SMTPSink.available, "aiosmtpd is missing for \(SMTPSink.python)")
    }

    @Test func aRelayThatIsNotThereIsSaidPlainly() async throws {
        let mailer = SMTPMailer(SMTPConfiguration(host: "127.0.0.1", port: 9, from: "hearth@council.gov.uk"), timeout: .seconds(5))
        do {
            try await mailer.send(MailMessage(to: "hos@council.gov.uk", subject: "s", text: "t"))
            Issue.record("sent to a closed port")
        } catch let error as MailError {
            #expect(error.description.hasPrefix("could not reach the mail relay 127.0.0.1:9"))
        }
    }

    @Test func theRelaysAddressIsReadOrRefusedWithTheReason() throws {
        let c = try SMTPConfiguration(url: "smtp://relay.council.local?from=hearth@council.gov.uk")
        #expect(c == SMTPConfiguration(host: "relay.council.local", port: 25, from: "hearth@council.gov.uk"))
        #expect(try SMTPConfiguration(url: "smtp://relay.council.local:2525").from == "hearth@relay.council.local")
        #expect(throws: ApplicationError.self) { try SMTPConfiguration(url: "http://relay") }
        #expect(throws: ApplicationError.self) { try SMTPConfiguration(url: "smtp://user:secret@relay") }
        #expect(throws: ApplicationError.self) { try SMTPConfiguration(url: "smtp://relay?from=not-an-address") }
        // An address with a line break would write its own headers
        #expect(!SMTPConfiguration.isAddress("a@b.uk\r\nBcc: x@y.uk"))
        #expect(!SMTPConfiguration.isAddress("Name <a@b.uk>"))
        #expect(SMTPConfiguration.isAddress("first.last+digest@council.gov.uk"))
    }

    @Test func dotsAtTheStartOfALineAreDoubled() {
        #expect(SMTPMailer.dotStuffed("a\r\n.b\r\n.\r\nc") == "a\r\n..b\r\n..\r\nc")
    }

    /// The base64 parts of a MIME message, decoded, in order.
    static func base64Parts(_ content: String) -> [String] {
        let lines = content.components(separatedBy: "\r\n")
        var parts: [String] = [], current: [String]? = nil
        for (i, line) in lines.enumerated() {
            if line == "Content-Transfer-Encoding: base64" {
                // The part's body starts after the blank line that ends its headers
                var j = i + 1
                while j < lines.count, !lines[j].isEmpty { j += 1 }
                current = []
                var k = j + 1
                while k < lines.count, !lines[k].isEmpty, !lines[k].hasPrefix("--") { current?.append(lines[k]); k += 1 }
                if let body = current, let data = Data(base64Encoded: body.joined()) { parts.append(String(decoding: data, as: UTF8.self)) }
            }
        }
        return parts
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOPosix

/// Sends one message at a time to the relay `HEARTH_SMTP_URL` names, speaking SMTP (RFC 5321):
/// EHLO, MAIL FROM, RCPT TO, DATA, QUIT. Every reply is awaited and checked; a refusal throws
/// `MailError` with the relay's own code and words, so the outbox can say why a message waits.
public struct SMTPMailer: Sendable {
    public let configuration: SMTPConfiguration
    /// Seconds the whole conversation may take before it is abandoned.
    public let timeout: TimeAmount

    public init(_ configuration: SMTPConfiguration, timeout: TimeAmount = .seconds(30)) {
        self.configuration = configuration
        self.timeout = timeout
    }

    public func send(_ message: MailMessage) async throws {
        guard SMTPConfiguration.isAddress(message.to) else { throw MailError.refused("\(message.to) is not an e-mail address") }
        let c = configuration
        let text = message.rendered(from: c.from, date: Date(), messageID: "\(UUID().uuidString.lowercased())@hearth",
                                    boundary: "hearth-\(UUID().uuidString.lowercased())")
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: c.host, port: c.port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
        } catch {
            throw MailError.unreachable("could not reach the mail relay \(c.host):\(c.port) (\(error))")
        }
        // On time out the connection is closed: whatever the conversation waits for then ends.
        let limit = timeout
        let timer = channel.channel.eventLoop.scheduleTask(in: limit) { channel.channel.close(promise: nil) }
        defer { timer.cancel() }
        do {
            try await channel.executeThenClose { inbound, outbound in
                var replies = SMTPReplyReader(inbound.makeAsyncIterator())
                try await replies.expect([220], after: "connecting")
                for (line, codes) in [("EHLO \(Self.clientName)", [250]), ("MAIL FROM:<\(c.from)>", [250]),
                                      ("RCPT TO:<\(message.to)>", [250, 251]), ("DATA", [354])] {
                    try await outbound.write(ByteBuffer(string: line + "\r\n"))
                    try await replies.expect(Set(codes), after: line)
                }
                try await outbound.write(ByteBuffer(string: Self.dotStuffed(text) + ".\r\n"))
                try await replies.expect([250], after: "the message")
                try await outbound.write(ByteBuffer(string: "QUIT\r\n"))
                // The relay has the message once it said 250 to it; a missing 221 changes nothing.
                _ = try? await replies.next()
            }
        } catch MailError.unreachable(let why) where why == SMTPReplyReader.closed {
            throw MailError.unreachable("the mail relay \(c.host):\(c.port) closed the connection or did not answer within \(limit.nanoseconds / 1_000_000_000) s")
        } catch let error as MailError {
            throw error
        } catch {
            throw MailError.unreachable("the conversation with the mail relay \(c.host):\(c.port) failed (\(error))")
        }
    }

    /// How Hearth names itself in EHLO: the machine's host name, as RFC 5321 §4.1.1.1 asks (read
    /// with gethostname: ProcessInfo's hostName looks the name up in DNS, which can take seconds).
    static let clientName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "hearth.localdomain" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) ? "hearth.localdomain" : name
    }()

    /// A line that starts with a dot gets a second one (RFC 5321 §4.5.2), so no line of the
    /// message can end it early.
    static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }
}

/// Why a message was not sent.
public enum MailError: Error, Equatable, CustomStringConvertible {
    /// The relay could not be reached, or stopped answering.
    case unreachable(String)
    /// The relay answered with a refusal (its code and words), or the message cannot be sent as it is.
    case refused(String)

    public var description: String {
        switch self {
        case .unreachable(let s), .refused(let s): s
        }
    }
}

/// Reads SMTP replies off the connection: a reply is one or more lines, `250-…` continuing and
/// `250 …` ending it (RFC 5321 §4.2.1).
struct SMTPReplyReader {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var pending: [UInt8] = []

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
        self.iterator = iterator
    }

    /// The next whole reply: its code and its text (lines joined by spaces).
    mutating func next() async throws -> (code: Int, text: String) {
        var texts: [String] = []
        while true {
            let line = try await nextLine()
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw MailError.refused("the mail relay said something that is not SMTP: \(line.prefix(80))")
            }
            texts.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, texts.joined(separator: " ")) }
        }
    }

    mutating func expect(_ codes: Set<Int>, after what: String) async throws {
        let reply = try await next()
        guard codes.contains(reply.code) else {
            let step = what.hasPrefix("RCPT") || what.hasPrefix("MAIL") ? String(what.prefix(4)) : what
            throw MailError.refused("the mail relay refused \(step): \(reply.code) \(reply.text)")
        }
    }

    static let closed = "the mail relay closed the connection"

    private mutating func nextLine() async throws -> String {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard pending.count < 64 * 1024 else { throw MailError.refused("the mail relay sent a line too long to be SMTP") }
            guard let buffer = try await iterator.next() else { throw MailError.unreachable(Self.closed) }
            pending += buffer.readableBytesView
        }
    }
}

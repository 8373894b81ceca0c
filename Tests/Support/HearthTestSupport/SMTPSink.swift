import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real SMTP server for the tests: aiosmtpd (from PyPI) in a child process on a free port of
/// 127.0.0.1, with a handler that keeps each message it accepts as a file and refuses any
/// recipient whose address starts with `refuse`, as a relay refuses an unknown mailbox (550).
/// The Python is `HEARTH_TEST_PYTHON` (CI's venv), else `python3`. Where aiosmtpd is missing the
/// tests that need it are skipped, unless `HEARTH_REQUIRE_SMTP_SINK=1` says they must run.
public final class SMTPSink: @unchecked Sendable {
    public let port: Int
    public let folder: URL
    private let process: Process
    /// The sink's standard input: closing it stops the sink.
    private let input = Pipe()

    public static var python: String { ProcessInfo.processInfo.environment["HEARTH_TEST_PYTHON"] ?? "python3" }
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["HEARTH_REQUIRE_SMTP_SINK"] == "1" }

    /// Whether the Python has aiosmtpd.
    public static let available: Bool = {
        // system(3), not Process: Foundation's waitUntilExit can wait for ever on Linux when the
        // child ends before the run loop it waits on has started.
        let quoted = "'" + python.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return system("\(quoted) -c 'import aiosmtpd' >/dev/null 2>&1") == 0
    }()

    /// Whether a test needing the sink runs: it is there, or it must be (then a missing one fails).
    public static var shouldRun: Bool { available || isRequired }

    /// What the sink kept of one message.
    public struct Received: Sendable {
        public let from: String
        public let to: [String]
        /// The message as it arrived (headers and body, CRLF lines, dots un-stuffed).
        public let content: String
    }

    public enum Failure: Error, CustomStringConvertible {
        case missing, didNotStart
        public var description: String {
            switch self {
            case .missing: "aiosmtpd is not installed for \(SMTPSink.python) (HEARTH_REQUIRE_SMTP_SINK=1 says it must be): pip install aiosmtpd"
            case .didNotStart: "the aiosmtpd sink did not start listening within 20 seconds"
            }
        }
    }

    /// The sink: aiosmtpd's controller with a handler of its own, stopped when its standard
    /// input closes (the test stopped it, or the test process ended however it ended), so no
    /// sink outlives its test.
    private static let script = """
        from json import dump
        from os import path as ospath, rename
        from sys import argv, stdin
        from aiosmtpd.controller import Controller

        class Sink:
            def __init__(self, folder):
                self.folder = folder
                self.count = 0
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.startswith('refuse'):
                    return '550 5.1.1 mailbox unavailable'
                envelope.rcpt_tos.append(address)
                return '250 OK'
            async def handle_DATA(self, server, session, envelope):
                self.count += 1
                path = ospath.join(self.folder, '%04d.json' % self.count)
                with open(path + '.tmp', 'w') as f:
                    dump({'from': envelope.mail_from, 'to': envelope.rcpt_tos,
                               'content': envelope.original_content.decode('utf-8', 'replace')}, f)
                rename(path + '.tmp', path)
                return '250 Message accepted for delivery'

        controller = Controller(Sink(argv[1]), hostname='127.0.0.1', port=int(argv[2]), server_hostname='sink.hearth.test')
        controller.start()
        stdin.read()
        controller.stop()
        """

    /// Starts the sink and waits until it listens.
    public init() async throws {
        guard Self.available else { throw Failure.missing }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-smtp-\(UUID().uuidString)", isDirectory: true)
        let mail = folder.appendingPathComponent("mail", isDirectory: true)
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("hearth_sink.py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        port = Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Self.python, script.path, mail.path, String(port)]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<200 {
            if Self.listens(port) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw Failure.didNotStart
    }

    deinit { stop() }

    public func stop() {
        // Its standard input closed, the sink stops itself; polled rather than waitUntilExit,
        // for the reason `available` gives.
        try? input.fileHandleForWriting.close()
        for _ in 0..<40 where process.isRunning { usleep(50_000) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every message received so far, oldest first.
    public func received() throws -> [Received] {
        let mail = folder.appendingPathComponent("mail", isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: mail.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: mail.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            return Received(from: object["from"] as? String ?? "", to: object["to"] as? [String] ?? [], content: object["content"] as? String ?? "")
        }
    }

    /// A port the kernel has just given out and let go of.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func listens(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}

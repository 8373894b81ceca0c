import Foundation

/// Prints an HTML document to PDF with headless Chromium, when the machine has it. Chromium is
/// the one configured (`HEARTH_CHROMIUM`, read with Hearth's other settings), else `chromium`,
/// `chromium-browser`, `google-chrome` on the PATH. A print that takes longer than `timeout` is stopped, so a stuck browser never hangs
/// the caller.
public struct ChromiumPrinter: Sendable {
    public enum PrintError: Error, CustomStringConvertible, Equatable {
        case notInstalled
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled:
                "PDF needs Chromium, and none was found (looked for $HEARTH_CHROMIUM, chromium, chromium-browser, google-chrome). "
                    + "Install it (Debian: apt-get install chromium) or print the HTML pack to PDF from a browser."
            case .failed(let why): "Chromium could not print the pack: \(why)"
            }
        }
    }

    public let executable: URL
    public var timeout: TimeInterval = 120

    public init(executable: URL) {
        self.executable = executable
    }

    /// The printer on this machine, or nil when there is no Chromium.
    public static func find(configured: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        let fm = FileManager.default
        if let configured, fm.isExecutableFile(atPath: configured) {
            return ChromiumPrinter(executable: URL(fileURLWithPath: configured))
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for dir in path {
                let candidate = "\(dir)/\(name)"
                if fm.isExecutableFile(atPath: candidate) { return ChromiumPrinter(executable: URL(fileURLWithPath: candidate)) }
            }
        }
        return nil
    }

    /// The PDF of `html` (a whole document with its style sheet inline).
    public func pdf(html: String) async throws -> Data {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("hearth-pdf-\(UUID().uuidString)")
        // 0700: the pack and Chromium's profile are this account's alone while it prints.
        try fm.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(at: work) }
        let input = work.appendingPathComponent("pack.html")
        let output = work.appendingPathComponent("pack.pdf")
        try Data(html.utf8).write(to: input)

        let process = Process()
        process.executableURL = executable
        process.arguments = Self.arguments(profile: work.appendingPathComponent("profile"), input: input, output: output)
        let log = work.appendingPathComponent("chromium.log")
        _ = fm.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try await run(process)
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output), data.starts(with: Data("%PDF".utf8)) else {
            let tail = (try? String(contentsOf: log, encoding: .utf8)).map { String($0.suffix(400)) } ?? ""
            throw PrintError.failed("exit status \(process.terminationStatus). \(tail)")
        }
        return data
    }

    /// A profile of its own, so a print never meets a running browser's lock; no sandbox
    /// (containers and CI run it as root); no header or footer from the browser. And no network:
    /// the pack is one file with everything inline, so any address in it (an image in minutes
    /// someone pasted, a link) must reach nothing, not the internet and not this machine's own
    /// services. Every host name resolves to nothing, every connection (loopback included, which
    /// Chromium otherwise lets bypass a proxy) goes to a proxy on the discard port, which is closed.
    /// (Turning scripts off is not an option: headless Chromium then writes no PDF at all.)
    static func arguments(profile: URL, input: URL, output: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            "--user-data-dir=\(profile.path)",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--dns-prefetch-disable",
            "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=\(output.path)",
            input.absoluteString,
        ]
    }

    /// Runs the process to its end, or stops it after `timeout`.
    private func run(_ process: Process) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch {
                process.terminationHandler = nil
                done.resume(throwing: PrintError.failed("it would not start: \(error.localizedDescription)"))
                return
            }
            // The watchdog runs on a Dispatch queue, not the concurrency pool: a server whose few
            // pool threads are all busy computing must still stop a stuck browser on time.
            let watchdog = DispatchQueue.global(qos: .utility)
            watchdog.asyncAfter(deadline: .now() + timeout) {
                guard process.isRunning else { return }
                // Asked first; a browser that ignores it (or has the signal blocked) is killed
                // two seconds later, so a print can never hold its place for good.
                process.terminate()
                watchdog.asyncAfter(deadline: .now() + 2) {
                    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                }
            }
        }
        if process.terminationReason == .uncaughtSignal, Date() > deadline {
            throw PrintError.failed("it took longer than \(Int(timeout)) seconds and was stopped")
        }
    }
}

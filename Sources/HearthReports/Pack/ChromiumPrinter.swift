import Foundation

/// Prints an HTML document to PDF with headless Chromium, when the machine has it. Chromium is
/// looked for as `$HEARTH_CHROMIUM`, then `chromium`, `chromium-browser`, `google-chrome` on the
/// PATH. A print that takes longer than `timeout` is stopped, so a stuck browser never hangs
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
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        let fm = FileManager.default
        if let configured = environment["HEARTH_CHROMIUM"], fm.isExecutableFile(atPath: configured) {
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
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let input = work.appendingPathComponent("pack.html")
        let output = work.appendingPathComponent("pack.pdf")
        try Data(html.utf8).write(to: input)

        let process = Process()
        process.executableURL = executable
        // A profile of its own, so a print never meets a running browser's lock; no network,
        // no sandbox (containers and CI run it as root), no header or footer from the browser.
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=\(output.path)",
            input.absoluteString,
        ]
        let log = work.appendingPathComponent("chromium.log")
        fm.createFile(atPath: log.path, contents: nil)
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
            Task.detached {
                while process.isRunning {
                    if Date() > deadline {
                        process.terminate()
                        return
                    }
                    try? await Task.sleep(for: .milliseconds(200))
                }
            }
        }
        if process.terminationReason == .uncaughtSignal, Date() > deadline {
            throw PrintError.failed("it took longer than \(Int(timeout)) seconds and was stopped")
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// LibreOffice's command-line converter, run as a child process that is never left hanging.
public enum Soffice {
    public enum Failure: Error, CustomStringConvertible {
        case timedOut(Duration)
        case missing
        case conversionFailed(Int32)
        public var description: String {
            switch self {
            case .timedOut(let limit): "soffice did not finish within \(limit) and was stopped"
            case .missing: "soffice is not installed (HEARTH_REQUIRE_SOFFICE=1 says it must be)"
            case .conversionFailed(let status): "soffice could not convert the document (exit status \(status))"
            }
        }
    }

    /// `soffice` found on PATH, or `nil`.
    public static var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Set where the test must run, so a machine without LibreOffice fails instead of skipping.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["HEARTH_REQUIRE_SOFFICE"] == "1"
    }

    /// Converts `file` into `outputDirectory` (e.g. `format` "txt:Text" or "pdf") and returns the
    /// exit status. A fresh user profile keeps the run independent of any LibreOffice already
    /// open and of the profile left by earlier runs.
    public static func convert(_ file: URL, to format: String, in outputDirectory: URL, soffice: String,
                        timeout: Duration = .seconds(120)) async throws -> Int32 {
        let profile = outputDirectory.appendingPathComponent("profile", isDirectory: true)
        let log = outputDirectory.appendingPathComponent("soffice.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "--headless", "-env:UserInstallation=\(profile.absoluteString)",
            "--convert-to", format, "--outdir", outputDirectory.path, file.path,
        ]
        // Output goes to a file: a pipe nobody reads can fill up and stall the child.
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()

        let deadline = ContinuousClock.now.advanced(by: timeout)
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                await stop(process)
                throw Failure.timedOut(timeout)
            }
            do {
                try await Task.sleep(for: .milliseconds(200))
            } catch {
                await stop(process)
                throw error
            }
        }
        return process.terminationStatus
    }

    /// Asks politely, then insists.
    private static func stop(_ process: Process) async {
        process.terminate()
        for _ in 0..<25 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(200))
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

extension Soffice {
    /// Whether a LibreOffice test should run: soffice is here, or the machine must have it.
    public static var available: Bool { path != nil || isRequired }

    /// The plain text LibreOffice reads out of a Word document; throws when it cannot convert it.
    public static func text(ofDocx docx: Data) async throws -> String {
        guard let soffice = path else { throw Failure.missing }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-soffice-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pack.docx")
        try docx.write(to: file)
        let status = try await convert(file, to: "txt:Text", in: dir, soffice: soffice)
        guard status == 0, let text = try? String(contentsOf: dir.appendingPathComponent("pack.txt"), encoding: .utf8) else {
            throw Failure.conversionFailed(status)
        }
        return text
    }
}

import Foundation
import Testing

/// The built `hearth` executable, run as a child process in a folder of its own, as an analyst
/// runs it: its exit status and what it printed.
struct HearthCLI: Sendable {
    struct Run: Sendable, CustomStringConvertible {
        let status: Int32
        let out: String
        let err: String

        var description: String { "exit \(status)\nstdout:\n\(out)\nstderr:\n\(err)" }
    }

    /// The folder the command runs in (so `./hearth.sqlite` and `./hearth-data` are never the repository's).
    let folder: URL

    /// A new empty folder for one test; removed by `remove()`.
    static func make() throws -> HearthCLI {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return HearthCLI(folder: folder)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The tiny hand-written returns (four children in the CIN census, three looked after) and plan.
    static var fixture: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixture", withExtension: nil)) }
    }

    static var returns: String { get throws { try fixture.appendingPathComponent("returns").path } }

    /// `hearth` beside the test bundle in the build products folder (`swift build --build-tests`
    /// builds it), or `$HEARTH_CLI`.
    static var executable: URL {
        get throws {
            if let configured = ProcessInfo.processInfo.environment["HEARTH_CLI"], !configured.isEmpty {
                return URL(fileURLWithPath: configured)
            }
            let products = Bundle.module.bundleURL.deletingLastPathComponent()
            let hearth = products.appendingPathComponent("hearth")
            try #require(FileManager.default.isExecutableFile(atPath: hearth.path),
                         "no hearth executable in \(products.path): build it with `swift build --build-tests`")
            return hearth
        }
    }

    /// Runs `hearth arguments…` with only PATH, a USER and `environment` set, and waits for it
    /// (60 s at most: a command that hangs fails the test rather than the run).
    func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Run {
        let process = Process()
        process.executableURL = try Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "USER": "cli-test", "HOME": folder.path]
        env.merge(environment) { $1 }
        process.environment = env
        // Output goes to files: a pipe nobody reads can fill up and stall the child.
        let id = UUID().uuidString
        let outURL = folder.appendingPathComponent("stdout-\(id)"), errURL = folder.appendingPathComponent("stderr-\(id)")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now.advanced(by: .seconds(60))
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                process.terminate()
                Issue.record("hearth \(arguments.joined(separator: " ")) did not finish within 60 s")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   out: try String(contentsOf: outURL, encoding: .utf8), err: try String(contentsOf: errURL, encoding: .utf8))
    }
}

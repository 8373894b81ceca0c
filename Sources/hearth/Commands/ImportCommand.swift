import ArgumentParser
import Foundation
import HearthStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store a folder of returns as one submission: the files, their SHA-256 and every row, all or nothing.",
        discussion: "Importing the same files again changes nothing. A folder with a file that cannot be read is refused.")

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("as"), help: "Who is importing (default: $USER).")
    var user: String?

    func run() async throws {
        let started = Date()
        let (set, files) = await reading.readKeepingFiles()
        let read = Date()
        let store = try await database.open()
        let outcome: ImportOutcome
        do {
            let who = user ?? ProcessInfo.processInfo.environment["USER"] ?? "hearth"
            outcome = try await store.importSubmission(ImportRequest(returnSet: set, files: files, importedBy: who,
                                                                     authority: set.dataset.authorityCode ?? reading.la))
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
        let stored = Date()
        switch outcome {
        case .stored(let s):
            let seconds = stored.timeIntervalSince(read)
            print("Stored submission \(s.id) for \(s.authority) in \(store.location)")
            print("  returns: \(s.parts.map(\.description).joined(separator: ", "))")
            print("  \(s.fileCount) files, \(s.rowCount) rows")
            print(String(format: "  read %.2f s, stored %.2f s (%.0f rows/s)", read.timeIntervalSince(started), seconds,
                         Double(s.rowCount) / max(seconds, 0.001)))
        case .alreadyStored(let s):
            print("Nothing to do: these files are already submission \(s.id) for \(s.authority), imported by \(s.importedBy) at \(s.importedAt.formatted(.iso8601)).")
        case .refused(let reasons):
            var lines = ["Nothing stored: the returns in \(reading.directory) were refused."]
            lines += reasons.prefix(20).map { "  - \($0)" }
            if reasons.count > 20 { lines.append("  … and \(reasons.count - 20) more") }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

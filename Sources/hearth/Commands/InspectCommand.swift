import ArgumentParser
import Foundation
import HearthCore
import HearthData

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a folder of returns holds: files, tables, rows, children, dates and every problem found.")

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Problems to list (most severe first); 0 for none.")
    var problems: Int = 40

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    @Flag(help: "Exit with status 1 when a file could not be read (for scripts).")
    var strict = false

    func run() async throws {
        let started = Date()
        let set = await reading.read()
        let summary = DatasetSummary(set.dataset)
        if format == .json {
            print(InspectReport.json(set, summary))
        } else {
            print(InspectReport.text(set, summary, problemLimit: problems, seconds: Date().timeIntervalSince(started)))
        }
        if strict && set.hasFatalProblems { throw ExitCode(1) }
    }
}

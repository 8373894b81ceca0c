import ArgumentParser
import Foundation
import HearthData

struct PlanExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan (in force, or an earlier version) as CSV, one row per action, the columns `hearth plan import` reads.")

    @OptionGroup var options: ProgrammeOptions
    @Option(help: "An earlier version (default: the plan in force).") var version: Int?
    @Option(help: "File to write (default: standard output).") var out: String?

    func run() async throws {
        let csv = try await options.withProgramme { service -> String in
            let plans = try await service.programme().plans
            guard let plan = version.map({ v in plans.first { $0.version == v } }) ?? plans.last else {
                throw ValidationError(version == nil ? "There is no plan yet." : "There is no version \(version ?? 0) of the plan.")
            }
            return PlanCSV.write(plan)
        }
        if let out { try Data(csv.utf8).write(to: URL(fileURLWithPath: out)) } else { print(csv, terminator: "") }
    }
}

import ArgumentParser
import Foundation
import HearthCore
import HearthData

struct PlanImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a plan from CSV (the columns of `hearth plan export`) and store it as a new version; the earlier ones are kept. Nothing changes if any row is wrong.")

    @Argument(help: "The CSV file.") var file: String
    @Option(help: "Title of the new version.") var title: String
    @Option(help: "Who is importing it, for the audit log.") var by: String = NSUserName()
    @OptionGroup var options: ProgrammeOptions

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw ValidationError("\(file) is not a text (CSV) file.")
        }
        let plan = try await options.withProgramme { service -> ImprovementPlan in
            let current = try await service.programme().currentPlan
            var plan: ImprovementPlan
            do {
                plan = try PlanCSV.read(text, file: URL(fileURLWithPath: file).lastPathComponent, version: (current?.version ?? 0) + 1, title: title)
            } catch {
                throw ValidationError("\(error)\nNothing was imported.")
            }
            // The CSV carries no progress notes, evidence or trajectories: the actions it names again keep theirs.
            plan.keepDetails(of: current)
            try await service.savePlan(plan, by: by, action: "import plan CSV")
            return plan
        }
        print("Stored \(plan.title) as version \(plan.version): \(plan.priorities.count) priorities, \(plan.actions.count) actions.")
    }
}

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
        let plan = try await options.withProgramme { service -> ImprovementPlan in
            let current = try await service.programme().currentPlan
            let owners = Set(try await service.possibleOwners().map(\.name))
            let plan: ImprovementPlan
            do {
                plan = try PlanCSV.nextVersion(data: data, file: URL(fileURLWithPath: file).lastPathComponent, title: title, after: current, owners: owners)
            } catch {
                throw ValidationError("\(error)\nNothing was imported.")
            }
            try await service.savePlan(plan, by: by, action: "import plan CSV")
            return plan
        }
        print("Stored \(plan.title) as version \(plan.version): \(plan.priorities.count) priorities, \(plan.actions.count) actions.")
    }
}

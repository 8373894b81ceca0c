import ArgumentParser

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The improvement plan in the store: show it with each action's RAG, export it as CSV, import a CSV as a new version.",
        subcommands: [PlanShowCommand.self, PlanExportCommand.self, PlanImportCommand.self])
}

import ArgumentParser

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports Hearth writes from what the store holds.",
        subcommands: [ReportBoardCommand.self, ReportSEFCommand.self])
}

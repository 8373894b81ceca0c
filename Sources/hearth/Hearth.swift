import ArgumentParser

@main
struct Hearth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "Children's services improvement: statutory returns, indicators, benchmarks.",
        discussion: "Start with `hearth demo`, which builds a synthetic authority and shows what it holds.",
        subcommands: [
            DemoCommand.self,
            GenerateCommand.self,
            InspectCommand.self,
            IndicatorsCommand.self,
            FiguresCommand.self,
            BenchmarksCommand.self,
            WorkforceCommand.self,
            SufficiencyCommand.self,
            ImportCommand.self,
            DatabaseCommand.self,
            ServeCommand.self,
            PlanCommand.self,
            ReportCommand.self,
            UsersCommand.self,
        ])
}

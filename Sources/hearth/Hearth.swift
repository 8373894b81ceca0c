import ArgumentParser

@main
struct Hearth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "Children's services improvement: statutory returns, indicators, benchmarks.",
        discussion: "Start with `hearth demo`, which builds a synthetic authority and shows what it holds.",
        subcommands: [
            BenchmarksCommand.self,
        ])
}

import ArgumentParser
import Foundation
import HearthApplication
import Logging

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
            DigestCommand.self,
            ReportCommand.self,
            UsersCommand.self,
            MeasuresCommand.self, TargetsCommand.self,
        ])

    /// Parses the command, then checks every `HEARTH_` setting before anything runs: a value
    /// Hearth cannot use stops it with the variable named (exit 78, a configuration error),
    /// rather than being ignored. `--help` still answers whatever the settings.
    static func main() async {
        do {
            var command = try parseAsRoot()
            // `hearth help …` is answered whatever the settings say.
            if String(describing: type(of: command)) == "HelpCommand" {
                try command.run()
                return
            }
            do {
                let settings = try HearthSettings.process()
                for warning in settings.unknownVariables {
                    FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8))
                }
                let level = Logger.Level(rawValue: settings.logLevel.rawValue) ?? .info
                LoggingSystem.bootstrap { label in
                    var handler = StreamLogHandler.standardError(label: label)
                    handler.logLevel = level
                    return handler
                }
            } catch {
                FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
                Foundation.exit(78)
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

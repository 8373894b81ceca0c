import ArgumentParser

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The store: what it holds, and backups.",
        subcommands: [DatabaseStatusCommand.self, DatabaseBackupCommand.self])
}

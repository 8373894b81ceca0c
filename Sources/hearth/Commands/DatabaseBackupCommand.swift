import ArgumentParser
import Foundation
import HearthStore

struct DatabaseBackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy an SQLite store to FILE while it is in use (consistent snapshot). PostgreSQL: use pg_dump.")

    @Argument(help: "The backup file to create (must not exist).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let location = try database.location()
        if case .postgres = location {
            let message = """
                Hearth does not back up PostgreSQL itself: use PostgreSQL's own tools, e.g.
                  pg_dump --format=custom --file=\(file) "$HEARTH_DATABASE_URL"
                and restore with pg_restore. Schedule it as you do for the council's other databases.
                """
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(1)
        }
        guard !FileManager.default.fileExists(atPath: file) else {
            throw ValidationError("\(file) already exists: choose a new file name")
        }
        let store = try await StoreFactory.open(location, options: database.storeOptions())
        do {
            try await store.backup(to: file)
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
        print("Backed up \(location) to \(file)")
    }
}

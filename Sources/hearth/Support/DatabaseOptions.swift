import ArgumentParser
import HearthStore

/// `--db`, shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: "Database: a path to an SQLite file or a postgres:// URL (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var url: String?

    func location() throws -> StoreLocation {
        do { return try StoreLocation.resolve(flag: url) } catch {
            throw ValidationError("\(error)")
        }
    }

    func open() async throws -> SQLStore { try await StoreFactory.open(location()) }
}

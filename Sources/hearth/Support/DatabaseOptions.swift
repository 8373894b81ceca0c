import ArgumentParser
import HearthApplication
import HearthStore

/// `--db` and `--pool`, shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: "Database: a path to an SQLite file or a postgres:// URL (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var url: String?

    @Option(name: .customLong("pool"),
            help: "PostgreSQL connections to keep (default: $HEARTH_DATABASE_POOL, else 8).")
    var poolSize: Int?

    func location() throws -> StoreLocation {
        do { return try StoreLocation.resolve(flag: url, configured: HearthSettings.process().databaseURL) } catch {
            throw ValidationError("\(error)")
        }
    }

    func storeOptions() throws -> StoreOptions {
        let settings = try HearthSettings.process()
        do {
            return try StoreOptions.resolve(poolSize: poolSize ?? settings.databasePool, rowsPerInsert: settings.bulkInsertRows,
                                            postgresCopy: settings.postgresCopy)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func open() async throws -> SQLStore { try await StoreFactory.open(location(), options: storeOptions()) }
}

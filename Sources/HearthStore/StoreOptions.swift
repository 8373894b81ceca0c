import Foundation

/// How many connections the store keeps, and which bulk path imports take.
public struct StoreOptions: Sendable, Equatable {
    /// PostgreSQL: connections in the pool; each transaction holds one from BEGIN to COMMIT.
    /// Eight keeps a web server's concurrent requests moving without crowding a council's shared
    /// database server (its default limit is 100 connections, for every client).
    public var postgresPoolSize: Int = 8
    /// SQLite file: connections that only read, beside the one writer. WAL lets them read while
    /// the writer writes; more than the cores (SQLiteNIO runs every call on a thread pool the
    /// size of the machine) gains nothing. Zero sends reads through the writer, as before the pool.
    public var sqliteReaders: Int = 4
    /// PostgreSQL imports use `COPY … FROM STDIN`; false falls back to multi-row INSERT (to compare).
    public var postgresCopy = true
    /// Rows per multi-row INSERT, when set (to measure); otherwise the dialect's choice.
    public var rowsPerInsert: Int?

    /// The environment variable giving `postgresPoolSize`.
    public static let poolVariable = "HEARTH_DATABASE_POOL"

    public init() {}

    /// The defaults, with `HEARTH_DATABASE_POOL` when set; a value that is not a whole number from
    /// 1 to 1000 is refused rather than ignored.
    public static func resolve(poolSize flag: Int? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreOptions {
        var options = StoreOptions()
        if let flag {
            options.postgresPoolSize = flag
        } else if let text = environment[poolVariable], !text.isEmpty {
            guard let size = Int(text) else { throw StoreError.badLocation("\(poolVariable)=\(text) is not a number") }
            options.postgresPoolSize = size
        }
        guard (1...1000).contains(options.postgresPoolSize) else {
            throw StoreError.badLocation("a pool of \(options.postgresPoolSize) connections: give 1 to 1000")
        }
        if let text = environment["HEARTH_BULK_INSERT_ROWS"], let rows = Int(text), rows > 0 { options.rowsPerInsert = rows }
        if environment["HEARTH_POSTGRES_COPY"] == "0" { options.postgresCopy = false }
        return options
    }
}

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

    public init() {}

    /// The defaults with what the caller was given (a flag, else a setting); a pool that is not
    /// 1 to 1000 connections is refused.
    public static func resolve(poolSize: Int? = nil, rowsPerInsert: Int? = nil, postgresCopy: Bool = true) throws -> StoreOptions {
        var options = StoreOptions()
        if let poolSize { options.postgresPoolSize = poolSize }
        options.rowsPerInsert = rowsPerInsert
        options.postgresCopy = postgresCopy
        guard (1...1000).contains(options.postgresPoolSize) else {
            throw StoreError.badLocation("a pool of \(options.postgresPoolSize) connections: give 1 to 1000")
        }
        return options
    }
}

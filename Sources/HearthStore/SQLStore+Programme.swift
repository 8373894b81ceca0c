import HearthCore
import SQLKit

extension SQLStore {
    public func programme(authority: String) async throws -> Programme {
        try await read(authority: authority) { tables in
            Programme(authority: authority, inspections: try await tables.inspections(),
                      interventions: try await tables.interventions(), sources: try await tables.sources(), plans: try await tables.plans(),
                      boards: try await tables.boards(), meetings: try await tables.meetings())
        }
    }

    /// A write transaction over one authority's programme.
    func transaction<T: Sendable>(authority: String,
                                  _ body: @escaping @Sendable (AuthorityTables) async throws -> T) async throws -> T {
        let dialect = dialect
        return try await transaction { try await body(AuthorityTables(db: $0, authority: authority, dialect: dialect)) }
    }

    /// A read transaction over one authority's programme: every table read sees the same commit.
    func read<T: Sendable>(authority: String,
                           _ body: @escaping @Sendable (AuthorityTables) async throws -> T) async throws -> T {
        let dialect = dialect
        return try await read { try await body(AuthorityTables(db: $0, authority: authority, dialect: dialect)) }
    }

    /// Refuses a list naming one id twice before anything is written, rather than leave the
    /// database to fail on its key halfway through the transaction.
    static func requireUnique(_ ids: [String], _ what: String) throws {
        var seen = Set<String>()
        if let repeated = ids.first(where: { !seen.insert($0).inserted }) {
            throw StoreError.duplicate("\(what) \(repeated)")
        }
    }
}

import SQLKit

/// The programme's tables as one authority holds them, inside one transaction. Every statement
/// names the authority, so nothing here can read or change another authority's rows.
struct AuthorityTables: Sendable {
    let db: any SQLDatabase
    let authority: String
    let dialect: StoreDialect

    /// Column values a statement is limited to, besides the authority.
    typealias Match = KeyValuePairs<String, any Encodable & Sendable>

    /// All the authority's rows of a table, in `seq` order where the table has one.
    func rows<R: AuthorityRow>(_: R.Type) async throws -> [R] {
        let order = R.columns.contains("seq") ? " ORDER BY seq" : ""
        return try await db.raw("""
            SELECT \(unsafeRaw: R.columns.joined(separator: ", ")) FROM \(unsafeRaw: R.table)
            WHERE authority = \(bind: authority)\(unsafeRaw: order)
            """).all(decoding: R.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func contains<R: AuthorityRow>(_: R.Type, matching match: Match) async throws -> Bool {
        try await db.raw("SELECT 1 AS found FROM \(unsafeRaw: R.table) WHERE \(condition(match))").first() != nil
    }

    /// Inserts the row, or updates every column of the one with its key. On PostgreSQL the row
    /// stays locked until commit, so a second save of the same thing waits here for the first.
    /// That is why each save writes its parent row before replacing its lists: the one that waited
    /// then deletes the lists the first wrote instead of colliding with them.
    func save<R: KeyedRow>(_ row: R) async throws {
        let updates = R.columns.filter { !R.key.contains($0) }.map { "\($0) = excluded.\($0)" }
        try await db.raw("""
            INSERT INTO \(unsafeRaw: R.table) (authority, \(unsafeRaw: R.columns.joined(separator: ", ")))
            VALUES (\(bind: authority), \(binds: row.values))
            ON CONFLICT (authority, \(unsafeRaw: R.key.joined(separator: ", ")))
            DO UPDATE SET \(unsafeRaw: updates.joined(separator: ", "))
            """).run()
    }

    /// Inserts the row unless one with its key is there already; false when it was. The check and
    /// the insert are one statement, so two writers creating the same thing cannot both succeed.
    func insertNew<R: KeyedRow>(_ row: R) async throws -> Bool {
        try await db.raw("""
            INSERT INTO \(unsafeRaw: R.table) (authority, \(unsafeRaw: R.columns.joined(separator: ", ")))
            VALUES (\(bind: authority), \(binds: row.values))
            ON CONFLICT (authority, \(unsafeRaw: R.key.joined(separator: ", "))) DO NOTHING
            RETURNING 1 AS inserted
            """).first() != nil
    }

    /// Holds one row against every other writer until the transaction ends, or throws
    /// `notFound(what)` without it. An UPDATE that sets a column to itself rather than a SELECT:
    /// on PostgreSQL it takes the row's lock, so a second writer of the same meeting or plan waits
    /// here and then reads what the first committed; SQLite's single writer already serialises.
    func lock<R: KeyedRow>(_: R.Type, matching match: Match, what: String) async throws {
        let column = R.columns.first { !R.key.contains($0) } ?? R.key[0]
        let found = try await db.raw("""
            UPDATE \(unsafeRaw: R.table) SET \(unsafeRaw: column) = \(unsafeRaw: column) WHERE \(condition(match))
            RETURNING 1 AS locked
            """).first()
        guard found != nil else { throw StoreError.notFound(what) }
    }

    func insert<R: AuthorityRow>(_ rows: [R]) async throws {
        try await MultiRowInsertWriter(db: db, dialect: dialect)
            .write(table: R.table, columns: ["authority"] + R.columns, leading: [authority], rows: rows.map(\.values))
    }

    func delete<R: AuthorityRow>(_: R.Type, matching match: Match) async throws {
        try await db.raw("DELETE FROM \(unsafeRaw: R.table) WHERE \(condition(match))").run()
    }

    /// Deletes the rows matching (the children of one parent) and writes `rows` in their place.
    func replace<R: AuthorityRow>(_ rows: [R], matching match: Match) async throws {
        try await delete(R.self, matching: match)
        try await insert(rows)
    }

    /// The `seq` a row with this id takes among those matching: its own when it is there already,
    /// else one after the last.
    func seq<R: AuthorityRow>(of _: R.Type, id: String, matching match: Match) async throws -> Int {
        let within = condition(match)
        if let seq = try await db.raw("SELECT seq FROM \(unsafeRaw: R.table) WHERE \(within) AND id = \(bind: id)")
            .first(decodingColumn: "seq", as: Int.self) {
            return seq
        }
        return try await db.raw("SELECT COALESCE(MAX(seq) + 1, 0) AS seq FROM \(unsafeRaw: R.table) WHERE \(within)")
            .first(decodingColumn: "seq", as: Int.self) ?? 0
    }

    private func condition(_ match: Match) -> SQLQueryString {
        var sql: SQLQueryString = "authority = \(bind: authority)"
        for (column, value) in match { sql += " AND \(unsafeRaw: column) = \(bind: value)" }
        return sql
    }
}

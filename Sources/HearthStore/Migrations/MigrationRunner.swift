import Foundation
import SQLKit

/// Applies the migrations a database lacks, each in its own transaction, recording each in
/// `schema_migrations`. Running it again applies nothing.
struct MigrationRunner {
    let store: SQLStore
    var migrations: [Migration] = Migration.all

    func migrate() async throws {
        let dialect = store.dialect
        try await store.execute(dialect.render(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version {int} PRIMARY KEY, name {text} NOT NULL, applied_at {text} NOT NULL)"))
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            try await store.transaction { db in
                // Checked inside the transaction: two processes opening a new database at once
                // must not both apply the same step.
                let done = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").first()
                guard done == nil else { return }
                for statement in migration.statements {
                    try await db.raw("\(unsafeRaw: dialect.render(statement))").run()
                }
                try await db.raw("""
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: SQLValue.time(Date())))
                    """).run()
            }
        }
    }
}

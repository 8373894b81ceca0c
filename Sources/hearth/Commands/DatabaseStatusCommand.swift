import ArgumentParser
import Foundation
import HearthStore

struct DatabaseStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Database kind and location, schema version, and the submissions held with their row counts.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        do {
            print(try await report(store))
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func report(_ store: SQLStore) async throws -> String {
        var out = ["Database: \(store.location)"]
        let migrations = try await store.appliedMigrations()
        out.append("Schema version \(try await store.schemaVersion()); migrations applied:")
        out += migrations.map { "  \($0.version)  \($0.name)  (\($0.appliedAt))" }
        let submissions = try await store.submissions(authority: nil)
        guard !submissions.isEmpty else {
            out.append("\nNo submissions yet: `hearth import DIR` stores a folder of returns.")
            return out.joined(separator: "\n")
        }
        var table = TextTable("authority", "submission", "return", "year", "files", "rows", "imported", "by")
        for s in submissions {
            for (i, part) in s.parts.enumerated() {
                table.add([s.authority, "\(s.id)", part.kind.rawValue, "\(part.year)", i == 0 ? "\(s.fileCount)" : "",
                           i == 0 ? "\(s.rowCount)" : "", i == 0 ? s.importedAt.formatted(.iso8601) : "",
                           i == 0 ? s.importedBy : ""])
            }
        }
        out.append("\nSubmissions (\(submissions.count)):")
        out.append(table.render())
        if let last = submissions.last {
            out.append("\nRows of submission \(last.id) by table:")
            for (name, count) in try await store.rowCounts(submission: last.id).sorted(by: { $0.key < $1.key }) {
                out.append("  \(name): \(count)")
            }
        }
        return out.joined(separator: "\n")
    }
}

import HearthCore
import SQLKit

extension SQLStore {
    public func saveSource(_ source: FindingSource, authority: String) async throws {
        try Self.requireUnique(source.findings.map(\.id), "finding of source \(source.id):")
        let row = FindingSourceRow(source)
        let findings = source.findings.enumerated().map { SourceFindingRow($0.element, source: source.id, seq: $0.offset) }
        try await transaction(authority: authority) { tables in
            try await tables.save(row)
            try await tables.replace(findings, matching: ["source_id": source.id])
        }
    }
}

extension AuthorityTables {
    /// By date, then id (sorted here so SQLite and PostgreSQL agree); findings in the order saved.
    func sources() async throws -> [FindingSource] {
        let findings = Dictionary(grouping: try await rows(SourceFindingRow.self), by: \.sourceId)
        return try await rows(FindingSourceRow.self)
            .map { row in try row.source(findings: (findings[row.id] ?? []).map { try $0.finding() }) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}

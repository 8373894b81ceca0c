import HearthCore
import SQLKit

extension SQLStore {
    public func saveInspection(_ inspection: Inspection, authority: String) async throws {
        try Self.requireUnique(inspection.findings.map(\.id), "finding of inspection \(inspection.id):")
        let row = InspectionRow(inspection)
        let findings = inspection.findings.enumerated().map { FindingRow($0.element, inspection: inspection.id, seq: $0.offset) }
        try await transaction(authority: authority) { tables in
            try await tables.save(row)
            try await tables.replace(findings, matching: ["inspection_id": inspection.id])
        }
    }

    public func saveIntervention(_ intervention: Intervention, authority: String) async throws {
        let row = InterventionRow(intervention)
        try await transaction(authority: authority) { try await $0.save(row) }
    }
}

// Sorted here rather than in SQL: PostgreSQL orders text by the database's collation and SQLite by
// bytes, and the order must be the same on both.
extension AuthorityTables {
    /// By start date, then id.
    func inspections() async throws -> [Inspection] {
        let findings = Dictionary(grouping: try await rows(FindingRow.self), by: \.inspectionId)
        return try await rows(InspectionRow.self)
            .map { row in try row.inspection(findings: (findings[row.id] ?? []).map { try $0.finding() }) }
            .sorted { ($0.startDate, $0.id) < ($1.startDate, $1.id) }
    }

    /// By date of issue, then id.
    func interventions() async throws -> [Intervention] {
        try await rows(InterventionRow.self).map { try $0.intervention() }.sorted { ($0.issued, $0.id) < ($1.issued, $1.id) }
    }
}

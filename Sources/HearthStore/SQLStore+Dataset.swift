import Foundation
import HearthCore
import SQLKit

extension SQLStore {
    public func latestDataset(authority: String) async throws -> Dataset {
        try await read { db in
            // For each return: the latest year held, then the latest import of that year.
            let parts = try await db.raw("""
                SELECT p.submission_id, p.part, p.year, p.data_to FROM submission_parts p
                JOIN submissions s ON s.id = p.submission_id
                WHERE s.authority = \(bind: authority) ORDER BY p.year DESC, p.submission_id DESC
                """).all(decoding: PartRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            func latest(_ kind: SubmissionPart.Kind, year: Int? = nil) -> PartRow? {
                parts.first { $0.part == kind.rawValue && (year == nil || $0.year == year) }
            }
            let reader = DatasetReader(db: db)
            let current903 = latest(.ssda903)
            let previous903 = current903.flatMap { latest(.ssda903, year: $0.year - 1) }
            return Dataset(
                authorityCode: authority,
                cin: try await latest(.cin).asyncMap { try await reader.cin(submission: $0.submissionId) } ?? nil,
                ssda903: try await current903.asyncMap { p in
                    try await reader.ssda903(submission: p.submissionId, year: p.year).extract(to: p.dataTo.flatMap { Day(iso: $0) })
                },
                ssda903Previous: try await previous903.asyncMap { p in
                    try await reader.ssda903(submission: p.submissionId, year: p.year).extract(to: p.dataTo.flatMap { Day(iso: $0) })
                },
                annexA: try await latest(.annexA).asyncMap { try await reader.annexA(submission: $0.submissionId) },
                workforce: try await latest(.workforce).asyncMap { try await reader.workforce(submission: $0.submissionId) } ?? nil)
        }
    }

    /// The dataset exactly as one submission held it. A submission's rows never change once
    /// stored, so its returns are read side by side, each on a reader connection of its own: the
    /// load is most of a re-compute.
    public func dataset(submission id: Int) async throws -> Dataset {
        let summary = try await read { db in try await self.summary(db, id: id) }
        let parts903 = summary.parts.filter { $0.kind == .ssda903 }
        let years903 = parts903.map(\.year).sorted()
        let kinds = Set(summary.parts.map(\.kind))
        let current = years903.last
        let previous = current.flatMap { c in years903.contains(c - 1) ? c - 1 : nil }
        async let cin = kinds.contains(.cin) ? read { db in try await DatasetReader(db: db).cin(submission: id) } : nil
        let currentTo = parts903.first { $0.year == current }?.dataTo, previousTo = parts903.first { $0.year == previous }?.dataTo
        async let this903 = current.asyncMap { year in
            try await self.read { db in try await DatasetReader(db: db).ssda903(submission: id, year: year).extract(to: currentTo) }
        }
        async let last903 = previous.asyncMap { year in
            try await self.read { db in try await DatasetReader(db: db).ssda903(submission: id, year: year).extract(to: previousTo) }
        }
        async let annexA = kinds.contains(.annexA) ? read { db in try await DatasetReader(db: db).annexA(submission: id) } : nil
        async let workforce = kinds.contains(.workforce) ? read { db in try await DatasetReader(db: db).workforce(submission: id) } : nil
        return Dataset(authorityCode: summary.authority, cin: try await cin, ssda903: try await this903,
                       ssda903Previous: try await last903, annexA: try await annexA, workforce: try await workforce ?? nil)
    }

    public func submissions(authority: String?) async throws -> [SubmissionSummary] {
        try await read { db in
            let ids: [Int]
            if let authority {
                ids = try await db.raw("SELECT id FROM submissions WHERE authority = \(bind: authority) ORDER BY id")
                    .all(decodingColumn: "id", as: Int.self)
            } else {
                ids = try await db.raw("SELECT id FROM submissions ORDER BY authority, id").all(decodingColumn: "id", as: Int.self)
            }
            var out: [SubmissionSummary] = []
            for id in ids { out.append(try await self.summary(db, id: id)) }
            return out
        }
    }

    public func rowCounts(submission id: Int) async throws -> [String: Int] {
        try await read { db in
            var counts: [String: Int] = [:]
            for table in Self.dataTables {
                let n = try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE submission_id = \(bind: id)")
                    .first(decodingColumn: "n", as: Int.self) ?? 0
                if n > 0 { counts[table] = n }
            }
            return counts
        }
    }

    /// Every table holding a submission's rows, files first.
    static let dataTables: [String] = [
        "submission_files", "submission_file_chunks", "cin_children", "cin_disabilities", "cin_episodes", "cin_assessments",
        "cin_assessment_factors", "cin_plans", "cin_section47s", "cin_protection_plans", "cin_protection_reviews",
    ] + SSDA903Tables.definitions.map(\.table) + ["annex_a_records", "workforce_workers", "workforce_vacancies",
         "staffing_teams", "staffing_staff", "staffing_absences"]

    func summary(_ db: any SQLDatabase, id: Int) async throws -> SubmissionSummary {
        guard let row = try await db.raw("""
            SELECT id, authority, collection_year, imported_by, imported_at, set_sha256, file_count, row_count
            FROM submissions WHERE id = \(bind: id)
            """).first(decoding: SubmissionRow.self, keyDecodingStrategy: .convertFromSnakeCase) else {
            throw StoreError.notFound("submission \(id)")
        }
        let parts = try await db.raw("""
            SELECT submission_id, part, year, data_to FROM submission_parts WHERE submission_id = \(bind: id) ORDER BY part, year DESC
            """).all(decoding: PartRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        return SubmissionSummary(
            id: row.id, authority: row.authority, collectionYear: row.collectionYear, importedBy: row.importedBy,
            importedAt: SQLValue.time(row.importedAt) ?? Date(timeIntervalSince1970: 0), setSHA256: row.setSha256,
            fileCount: row.fileCount, rowCount: row.rowCount,
            parts: parts.compactMap { p in SubmissionPart.Kind(rawValue: p.part).map { SubmissionPart(kind: $0, year: p.year, dataTo: p.dataTo.flatMap { Day(iso: $0) }) } })
    }
}

struct PartRow: Codable, Sendable {
    let submissionId: Int
    let part: String
    let year: Int
    let dataTo: String?
}

struct SubmissionRow: Codable, Sendable {
    let id: Int
    let authority: String
    let collectionYear: Int?
    let importedBy: String
    let importedAt: String
    let setSha256: String
    let fileCount: Int
    let rowCount: Int
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

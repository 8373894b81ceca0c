import Crypto
import Foundation
import HearthCore
import HearthData
import SQLKit

extension SQLStore {
    public func importSubmission(_ request: ImportRequest) async throws -> ImportOutcome {
        let set = request.returnSet
        let fatal = set.problems.filter { $0.severity == .fatal }
        guard fatal.isEmpty else { return .refused(fatal.map(\.description)) }
        guard let authority = request.authority ?? set.dataset.authorityCode, !authority.isEmpty else {
            return .refused(["the returns do not say which authority they are for (no CIN census): give the authority"])
        }
        let parts = Self.parts(of: set.dataset)
        // Staff files or a cost table alone are worth storing: councils send them between returns.
        guard !parts.isEmpty || request.staffing != nil || request.placementCosts != nil else {
            return .refused(["no return was recognised in these files"])
        }

        // Read and hash outside the transaction: the write lock is held only while writing.
        let files = try Self.hashedFiles(request.files, recognised: set.files)
        let setHash = Self.sha256Hex(Data(files.map(\.sha256).sorted().joined(separator: "\n").utf8))
        let rows = try SubmissionRows(dataset: set.dataset, staffing: request.staffing)
        let campaigns = (request.staffing?.campaigns ?? []).map(CampaignRow.init)
        let costs = request.placementCosts.map(PlacementCostRow.rows)
        let importedAt = SQLValue.time(request.importedAt)

        return try await writeTransaction { connection in
            let db = connection.sql
            // PostgreSQL's pool can run two imports at once: queue them, so the second sees the
            // first's commit and finds its files already stored (SQLite has one writer anyway).
            if let lock = self.dialect.serialiseImports { try await db.raw("\(unsafeRaw: lock)").run() }
            if let existing = try await db.raw("""
                SELECT id FROM submissions WHERE authority = \(bind: authority) AND set_sha256 = \(bind: setHash)
                """).first(decodingColumn: "id", as: Int.self) {
                return .alreadyStored(try await self.summary(db, id: existing))
            }
            guard let id = try await db.raw("""
                INSERT INTO submissions (authority, collection_year, imported_by, imported_at, set_sha256, file_count, row_count)
                VALUES (\(bind: authority), \(bind: set.dataset.collectionYear), \(bind: request.importedBy), \(bind: importedAt),
                        \(bind: setHash), \(bind: files.count), \(bind: rows.total)) RETURNING id
                """).first(decodingColumn: "id", as: Int.self) else {
                throw StoreError.corrupt("no id returned for the new submission")
            }
            let bulk = connection.bulk
            try await bulk.write(table: "submission_files", columns: SubmissionFileRow.columns, leading: [],
                                 rows: files.enumerated().map { $0.element.values(submission: id, seq: $0.offset) })
            try await bulk.write(table: SubmissionFileRow.chunkTable, columns: SubmissionFileRow.chunkColumns, leading: [],
                                 rows: files.enumerated().flatMap { $0.element.chunks(submission: id, seq: $0.offset) })
            try await bulk.write(table: "submission_parts", columns: ["submission_id", "part", "year", "data_to"], leading: [],
                                 rows: parts.map { [id, $0.kind.rawValue, $0.year, $0.dataTo?.iso] })
            for table in rows.tables {
                try await bulk.write(table: table.name, columns: table.columns, leading: [id], rows: table.rows)
            }
            try await bulk.write(table: "submission_problems", columns: Self.problemColumns, leading: [],
                                 rows: Self.problemRows(set.problems, submission: id))
            // The authority's own tables change in the same transaction, so a failed import leaves
            // its campaigns and prices as they were.
            let tables = AuthorityTables(db: db, authority: authority, dialect: self.dialect)
            for campaign in campaigns { try await tables.save(campaign) }
            if let costs { try await tables.replace(costs, matching: [:]) }
            return .stored(try await self.summary(db, id: id))
        }
    }

    /// The returns a dataset holds, with their years.
    static func parts(of dataset: Dataset) -> [SubmissionPart] {
        var parts: [SubmissionPart] = []
        if let cin = dataset.cin {
            parts.append(SubmissionPart(kind: .cin, year: cin.header.year, dataTo: cin.isInYear ? cin.referenceDate : nil))
        }
        if let r = dataset.ssda903 { parts.append(SubmissionPart(kind: .ssda903, year: r.collectionYear, dataTo: r.dataTo)) }
        if let r = dataset.ssda903Previous { parts.append(SubmissionPart(kind: .ssda903, year: r.collectionYear, dataTo: r.dataTo)) }
        // Annex A carries no year of its own; it is filed under the dataset's.
        if dataset.annexA != nil { parts.append(SubmissionPart(kind: .annexA, year: dataset.collectionYear ?? 0)) }
        if let w = dataset.workforce { parts.append(SubmissionPart(kind: .workforce, year: w.censusDate.year)) }
        return parts
    }

    static func hashedFiles(_ urls: [URL], recognised: [RecognisedFile]) throws -> [SubmissionFileRow] {
        var byName: [String: RecognisedFile] = [:]
        for file in recognised where byName[file.name] == nil { byName[file.name] = file }
        return try urls.map { url in
            let bytes: Data
            do { bytes = try Data(contentsOf: url) } catch { throw StoreError.unreadableFile(url.path) }
            let seen = byName[url.lastPathComponent]
            return SubmissionFileRow(name: url.lastPathComponent, kind: (seen?.kind ?? .unrecognised).description,
                                     collectionYear: seen?.collectionYear, sha256: sha256Hex(bytes),
                                     byteCount: bytes.count, rowCount: seen?.rows ?? 0, content: bytes)
        }
    }

    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

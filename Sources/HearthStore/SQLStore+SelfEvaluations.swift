import Foundation
import HearthCore
import SQLKit

extension SQLStore {
    public func addSelfEvaluation(_ narrative: SelfEvaluationNarrative, by user: String, at: Date,
                                  authority: String) async throws -> SelfEvaluationVersion {
        let json = String(decoding: try Self.narrativeEncoder.encode(narrative), as: UTF8.self)
        // The number is the next after what is stored, read in the same transaction. Two saves at the same
        // moment on PostgreSQL can still pick the same number, and the second then breaks the
        // primary key and rolls back: it is tried again, and numbers itself after the first.
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await transaction { db in
                    let version = (try await db.raw("""
                        SELECT COALESCE(MAX(version), 0) AS v FROM self_evaluations WHERE authority = \(bind: authority)
                        """).first(decodingColumn: "v", as: Int.self) ?? 0) + 1
                    try await db.raw("""
                        INSERT INTO self_evaluations (authority, version, created_by, created_at, narrative)
                        VALUES (\(bind: authority), \(bind: version), \(bind: user), \(bind: SQLValue.time(at)), \(bind: json))
                        """).run()
                    return SelfEvaluationVersion(version: version, createdBy: user, createdAt: at, narrative: narrative)
                }
            } catch where attempt < 10 && dialect == .postgres {
                continue
            }
        }
    }

    public func selfEvaluations(authority: String) async throws -> [SelfEvaluationVersion] {
        try await read { db in
            try await db.raw("""
                SELECT version, created_by, created_at, narrative, issued_by, issued_at, html_sha256, docx_sha256, json_sha256, pdf_sha256
                FROM self_evaluations WHERE authority = \(bind: authority) ORDER BY version
                """).all().map(Self.selfEvaluation)
        }
    }

    public func selfEvaluation(version: Int, authority: String) async throws -> SelfEvaluationVersion? {
        try await read { db in
            try await db.raw("""
                SELECT version, created_by, created_at, narrative, issued_by, issued_at, html_sha256, docx_sha256, json_sha256, pdf_sha256
                FROM self_evaluations WHERE authority = \(bind: authority) AND version = \(bind: version)
                """).first().map(Self.selfEvaluation)
        }
    }

    public func issueSelfEvaluation(version: Int, files: [String: Data], by user: String, at: Date,
                                    authority: String) async throws -> SelfEvaluationVersion {
        try await transaction { db in
            guard let row = try await db.raw("""
                SELECT version, created_by, created_at, narrative, issued_by, issued_at, html_sha256, docx_sha256, json_sha256, pdf_sha256
                FROM self_evaluations WHERE authority = \(bind: authority) AND version = \(bind: version)
                """).first() else { throw StoreError.notFound("version \(version) of the self-evaluation") }
            let held = try Self.selfEvaluation(row)
            guard !held.isIssued else { throw StoreError.duplicate("an issue of version \(version) of the self-evaluation") }
            let text = files.mapValues { $0.base64EncodedString() }
            let hashes = files.mapValues(Self.sha256Hex)
            // Only a version not yet issued is changed: two issues at once cannot both land.
            try await db.raw("""
                UPDATE self_evaluations SET issued_by = \(bind: user), issued_at = \(bind: SQLValue.time(at)),
                  html = \(bind: text["html"]), html_sha256 = \(bind: hashes["html"]), docx = \(bind: text["docx"]),
                  docx_sha256 = \(bind: hashes["docx"]), json = \(bind: text["json"]), json_sha256 = \(bind: hashes["json"]),
                  pdf = \(bind: text["pdf"]), pdf_sha256 = \(bind: hashes["pdf"])
                WHERE authority = \(bind: authority) AND version = \(bind: version) AND issued_at IS NULL
                """).run()
            return SelfEvaluationVersion(version: held.version, createdBy: held.createdBy, createdAt: held.createdAt,
                                         narrative: held.narrative, issuedBy: user, issuedAt: at, sha256: hashes)
        }
    }

    public func selfEvaluationFile(version: Int, format: String, authority: String) async throws -> Data? {
        guard ["html", "docx", "json", "pdf"].contains(format) else { return nil }
        return try await read { db in
            guard let row = try await db.raw("""
                SELECT \(unsafeRaw: format) AS file FROM self_evaluations
                WHERE authority = \(bind: authority) AND version = \(bind: version) AND issued_at IS NOT NULL
                """).first(), let text = try row.decode(column: "file", as: String?.self) else { return nil }
            return Data(base64Encoded: text)
        }
    }

    /// Keys sorted, so the same words are stored as the same text.
    private static let narrativeEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    private static func selfEvaluation(_ row: any SQLRow) throws -> SelfEvaluationVersion {
        let version = try row.decode(column: "version", as: Int.self)
        let json = try row.decode(column: "narrative", as: String.self)
        let narrative: SelfEvaluationNarrative
        do { narrative = try JSONDecoder().decode(SelfEvaluationNarrative.self, from: Data(json.utf8)) } catch {
            throw StoreError.corrupt("the words of self-evaluation version \(version)")
        }
        var hashes: [String: String] = [:]
        for format in ["html", "docx", "json", "pdf"] {
            if let h = try row.decode(column: "\(format)_sha256", as: String?.self) { hashes[format] = h }
        }
        let created = try row.decode(column: "created_at", as: String.self)
        return SelfEvaluationVersion(
            version: version, createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: SQLValue.time(created) ?? Date(timeIntervalSince1970: 0), narrative: narrative,
            issuedBy: try row.decode(column: "issued_by", as: String?.self),
            issuedAt: try row.decode(column: "issued_at", as: String?.self).flatMap(SQLValue.time), sha256: hashes)
    }
}

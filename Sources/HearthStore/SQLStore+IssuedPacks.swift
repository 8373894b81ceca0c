import Crypto
import Foundation
import HearthCore
import SQLKit

extension SQLStore {
    public func signOffPack(_ signOff: PackSignOff, authority: String) async throws {
        try await transaction { db in
            try await db.raw("DELETE FROM board_pack_signoffs WHERE authority = \(bind: authority) AND meeting_id = \(bind: signOff.meetingID)").run()
            try await db.raw("""
                INSERT INTO board_pack_signoffs (authority, meeting_id, signed_off_by, signed_off_at)
                VALUES (\(bind: authority), \(bind: signOff.meetingID), \(bind: signOff.by), \(bind: SQLValue.time(signOff.at)))
                """).run()
        }
    }

    public func packSignOff(meeting: String, authority: String) async throws -> PackSignOff? {
        try await read { db in try await Self.signOff(db, meeting: meeting, authority: authority) }
    }

    /// Stores the files as the next version, with each file's SHA-256, and clears the sign-off it
    /// used: the next issue needs a new one. Returns the version's record.
    public func issuePack(meeting: String, files: [String: Data], issuedBy: String, at: Date, reason: String, dataTo: String,
                          authority: String) async throws -> IssuedPack.Record {
        try await transaction { db in
            guard let signOff = try await Self.signOff(db, meeting: meeting, authority: authority) else {
                throw StoreError.notFound("the sign-off of the pack for meeting \(meeting)")
            }
            let last = try await db.raw("""
                SELECT COALESCE(MAX(version), 0) AS v FROM board_pack_versions WHERE authority = \(bind: authority) AND meeting_id = \(bind: meeting)
                """).first(decodingColumn: "v", as: Int.self) ?? 0
            let text = files.mapValues { $0.base64EncodedString() }
            let hashes = files.mapValues(Self.sha256Hex)
            try await db.raw("""
                INSERT INTO board_pack_versions (authority, meeting_id, version, signed_off_by, signed_off_at, issued_by, issued_at,
                  reason, data_to, html, html_sha256, docx, docx_sha256, pdf, pdf_sha256, json)
                VALUES (\(bind: authority), \(bind: meeting), \(bind: last + 1), \(bind: signOff.by), \(bind: SQLValue.time(signOff.at)),
                  \(bind: issuedBy), \(bind: SQLValue.time(at)), \(bind: reason), \(bind: dataTo), \(bind: text["html"] ?? ""),
                  \(bind: hashes["html"] ?? ""), \(bind: text["docx"] ?? ""), \(bind: hashes["docx"] ?? ""), \(bind: text["pdf"]),
                  \(bind: hashes["pdf"]), \(bind: text["json"] ?? ""))
                """).run()
            try await db.raw("DELETE FROM board_pack_signoffs WHERE authority = \(bind: authority) AND meeting_id = \(bind: meeting)").run()
            return IssuedPack.Record(meetingID: meeting, version: last + 1, signOff: signOff, issuedBy: issuedBy, issuedAt: at,
                                     reason: reason, dataTo: dataTo, sha256: hashes)
        }
    }

    /// Every issued version of a meeting's pack, oldest first (records only, not the files).
    public func issuedPacks(meeting: String, authority: String) async throws -> [IssuedPack.Record] {
        try await read { db in
            let rows = try await db.raw("""
                SELECT version, signed_off_by, signed_off_at, issued_by, issued_at, reason, data_to, html_sha256, docx_sha256, pdf_sha256
                FROM board_pack_versions WHERE authority = \(bind: authority) AND meeting_id = \(bind: meeting) ORDER BY version
                """).all()
            return try rows.map { try Self.record($0, meeting: meeting) }
        }
    }

    /// One issued version with its files as they went out; nil if there is no such version.
    public func issuedPack(meeting: String, version: Int, authority: String) async throws -> IssuedPack? {
        try await read { db in
            guard let row = try await db.raw("""
                SELECT version, signed_off_by, signed_off_at, issued_by, issued_at, reason, data_to, html_sha256, docx_sha256, pdf_sha256,
                  html, docx, pdf, json
                FROM board_pack_versions WHERE authority = \(bind: authority) AND meeting_id = \(bind: meeting) AND version = \(bind: version)
                """).first() else { return nil }
            var files: [String: Data] = [:]
            for format in ["html", "docx", "pdf", "json"] {
                if let text = try row.decode(column: format, as: String?.self), let data = Data(base64Encoded: text) { files[format] = data }
            }
            return IssuedPack(record: try Self.record(row, meeting: meeting), files: files)
        }
    }

    private static func signOff(_ db: any SQLDatabase, meeting: String, authority: String) async throws -> PackSignOff? {
        guard let row = try await db.raw("""
            SELECT signed_off_by, signed_off_at FROM board_pack_signoffs WHERE authority = \(bind: authority) AND meeting_id = \(bind: meeting)
            """).first() else { return nil }
        return PackSignOff(meetingID: meeting, by: try row.decode(column: "signed_off_by", as: String.self),
                           at: SQLValue.time(try row.decode(column: "signed_off_at", as: String.self)) ?? Date(timeIntervalSince1970: 0))
    }

    private static func record(_ row: any SQLRow, meeting: String) throws -> IssuedPack.Record {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        var hashes = ["html": try text("html_sha256"), "docx": try text("docx_sha256")]
        if let pdf = try row.decode(column: "pdf_sha256", as: String?.self) { hashes["pdf"] = pdf }
        return IssuedPack.Record(
            meetingID: meeting, version: try row.decode(column: "version", as: Int.self),
            signOff: PackSignOff(meetingID: meeting, by: try text("signed_off_by"), at: SQLValue.time(try text("signed_off_at")) ?? Date(timeIntervalSince1970: 0)),
            issuedBy: try text("issued_by"), issuedAt: SQLValue.time(try text("issued_at")) ?? Date(timeIntervalSince1970: 0),
            reason: try text("reason"), dataTo: try text("data_to"), sha256: hashes)
    }
}

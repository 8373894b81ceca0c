extension Migration {
    /// A pack's lifecycle: the sign-off of the draft (who, when; cleared when the draft's text
    /// changes) and every issued version, frozen — the HTML, Word, PDF and JSON as issued, each
    /// file with its SHA-256 — so a past meeting's pack is read as it went out, never recomputed.
    /// Files are kept as base64 text: the same on SQLite and PostgreSQL.
    static let issuedPacks = Migration(version: 11, name: "board pack sign-off and issued versions", statements: [
        """
        CREATE TABLE board_pack_signoffs (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, signed_off_by {text} NOT NULL,
          signed_off_at {text} NOT NULL, PRIMARY KEY (authority, meeting_id))
        """,
        """
        CREATE TABLE board_pack_versions (
          id {id}, authority {text} NOT NULL, meeting_id {text} NOT NULL, version {int} NOT NULL,
          signed_off_by {text} NOT NULL, signed_off_at {text} NOT NULL, issued_by {text} NOT NULL,
          issued_at {text} NOT NULL, reason {text} NOT NULL, data_to {text} NOT NULL,
          html {text} NOT NULL, html_sha256 {text} NOT NULL, docx {text} NOT NULL, docx_sha256 {text} NOT NULL,
          pdf {text}, pdf_sha256 {text}, json {text} NOT NULL)
        """,
        "CREATE UNIQUE INDEX board_pack_versions_by_meeting ON board_pack_versions (authority, meeting_id, version)",
    ])
}

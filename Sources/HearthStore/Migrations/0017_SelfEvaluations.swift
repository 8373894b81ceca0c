extension Migration {
    /// The self-evaluation's versions: every save a new row with the officers' words as JSON
    /// (one object of the three answers per ILACS area), who saved it and when; an issued version
    /// keeps who issued it, when, and its HTML, Word, JSON (and PDF, where the server could print one) as they went out (base64 text, the
    /// same on SQLite and PostgreSQL, as the issued packs), each with its SHA-256.
    static let selfEvaluations = Migration(version: 17, name: "self-evaluation versions", statements: [
        """
        CREATE TABLE self_evaluations (
          authority {text} NOT NULL, version {int} NOT NULL, created_by {text} NOT NULL, created_at {text} NOT NULL,
          narrative {text} NOT NULL, issued_by {text}, issued_at {text},
          html {text}, html_sha256 {text}, docx {text}, docx_sha256 {text}, json {text}, json_sha256 {text}, pdf {text}, pdf_sha256 {text},
          PRIMARY KEY (authority, version))
        """,
    ])
}

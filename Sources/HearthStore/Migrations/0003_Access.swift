extension Migration {
    /// Users, sessions and the audit trail of what was viewed.
    static let access = Migration(version: 3, name: "users, sessions and audit", statements: [
        """
        CREATE TABLE users (
          id {id}, name {text} NOT NULL UNIQUE, role {text} NOT NULL, password_hash {text} NOT NULL,
          created_at {text} NOT NULL)
        """,
        // Only a hash of the token is kept, so a copy of the database cannot be used to log in.
        """
        CREATE TABLE sessions (
          token_hash {text} PRIMARY KEY, user_id {int} NOT NULL REFERENCES users(id),
          expires_at {text} NOT NULL, created_at {text} NOT NULL)
        """,
        """
        CREATE TABLE audit_records (
          id {id}, at {text} NOT NULL, user_name {text} NOT NULL, action {text} NOT NULL, subject {text} NOT NULL)
        """,
        "CREATE INDEX audit_records_by_user ON audit_records (user_name, at)",
    ])
}

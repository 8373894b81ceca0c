extension Migration {
    /// What running Hearth in the open needs: the client address on each audit row (who tried to
    /// sign in as whom, from where), the CSRF token bound to each session (so a token from one
    /// session is worthless in another), and one heartbeat row `/health` rewrites to prove the
    /// store still takes writes.
    static let operations = Migration(version: 9, name: "audit address, session CSRF token, heartbeat", statements: [
        "ALTER TABLE audit_records ADD COLUMN address {text} NOT NULL DEFAULT ''",
        // Sessions made before this step have no token: they are refused, and their users sign in again.
        "ALTER TABLE sessions ADD COLUMN csrf_token {text} NOT NULL DEFAULT ''",
        "CREATE TABLE health_heartbeat (id {int} PRIMARY KEY, at {text} NOT NULL)",
        "INSERT INTO health_heartbeat (id, at) VALUES (1, '')",
    ])
}

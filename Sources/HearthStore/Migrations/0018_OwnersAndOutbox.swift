extension Migration {
    /// Owners who are users, and the digest's outbox: a user's e-mail address; the user who owns
    /// a plan action or an action arising (the free-text owner stays, for the board to read); and
    /// one row per message the daily digest made, with its calendar file, whether it was sent, and
    /// the last failure. A digest is made once a day for each recipient (the unique key), so a
    /// server restarted, or the command run twice, does not send it twice.
    static let ownersAndOutbox = Migration(version: 18, name: "action owners and the digest outbox", statements: [
        "ALTER TABLE users ADD COLUMN email {text}",
        "ALTER TABLE plan_actions ADD COLUMN owner_user {text}",
        "ALTER TABLE actions_arising ADD COLUMN owner_user {text}",
        """
        CREATE TABLE outbox (
          id {id}, authority {text} NOT NULL, day {text} NOT NULL, recipient {text} NOT NULL, address {text},
          subject {text} NOT NULL, body {text} NOT NULL, calendar {text} NOT NULL, items {int} NOT NULL,
          created_at {text} NOT NULL, sent_at {text}, attempts {int} NOT NULL, last_error {text},
          UNIQUE (authority, day, recipient))
        """,
    ])
}

extension Migration {
    /// Resolutions that ask something of another board or an officer (`BoardRecommendation`),
    /// kept with the meeting that made them: the addressee, the due day, the response and its
    /// reason, when and where it was answered, and when what was accepted was done.
    static let recommendations = Migration(version: 16, name: "recommendations between boards", statements: [
        """
        CREATE TABLE meeting_recommendations (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          kind {text} NOT NULL, text {text} NOT NULL, to_board {text}, to_officer {text}, due {text},
          response {text}, reason {text}, responded_on {text}, responded_at {text}, done {text},
          PRIMARY KEY (authority, meeting_id, id),
          FOREIGN KEY (authority, meeting_id) REFERENCES meetings (authority, id))
        """,
        "CREATE INDEX recommendations_by_id ON meeting_recommendations (authority, id)",
    ])
}

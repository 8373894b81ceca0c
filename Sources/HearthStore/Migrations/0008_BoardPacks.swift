extension Migration {
    /// What the board pack needs beyond the programme: each board's choice of sections and its
    /// cover, and the officers' words for each meeting (commentary by indicator, implications by
    /// heading). Keyed by authority like the programme's tables.
    static let boardPacks = Migration(version: 8, name: "board packs", statements: [
        """
        CREATE TABLE board_pack_settings (
          authority {text} NOT NULL, board_id {text} NOT NULL, sections {text} NOT NULL, report_to {text} NOT NULL,
          reporting_officer {text} NOT NULL, portfolio {text} NOT NULL, wards {text} NOT NULL, purpose {text} NOT NULL,
          recommendation {text} NOT NULL, PRIMARY KEY (authority, board_id))
        """,
        // kind is 'commentary' (topic = indicator id) or 'implication' (topic = the heading's code).
        """
        CREATE TABLE meeting_pack_texts (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, kind {text} NOT NULL, topic {text} NOT NULL,
          body {text} NOT NULL, PRIMARY KEY (authority, meeting_id, kind, topic))
        """,
    ])
}

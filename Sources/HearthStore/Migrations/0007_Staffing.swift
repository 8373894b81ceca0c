extension Migration {
    /// The council's staff records and its placement prices.
    ///
    /// Staff, teams and absences belong to the submission whose files held them, keyed
    /// (submission_id, seq) like the returns' rows, so a later import never changes what an
    /// earlier one stored; each absence points at its member of staff's `seq`. Campaigns and the
    /// cost table are the authority's own, edited in the web app as well as imported, so they are
    /// keyed by authority and replaced in place rather than kept per submission.
    static let staffing = Migration(version: 7, name: "staffing", statements: [
        """
        CREATE TABLE staffing_teams (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL, name {text} NOT NULL,
          kind {text} NOT NULL, establishment_fte {real} NOT NULL, caseload_target {real},
          PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE staffing_staff (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL, staff_id {text} NOT NULL,
          team {text} NOT NULL, contract {text} NOT NULL, fte {real} NOT NULL, role {text}, is_nqsw {int} NOT NULL,
          start_date {text}, end_date {text}, leaving_reason {text}, cases {int}, sickness_days_lost {real},
          PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE staffing_absences (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL, staff_seq {int} NOT NULL,
          kind {text} NOT NULL, from_date {text} NOT NULL, to_date {text}, fte {real} NOT NULL,
          PRIMARY KEY (submission_id, seq))
        """,
        // One row per campaign name: an import or an edit of the same campaign updates it.
        """
        CREATE TABLE recruitment_campaigns (
          authority {text} NOT NULL, name {text} NOT NULL, opened {text} NOT NULL, closed {text},
          applications {int} NOT NULL, shortlisted {int} NOT NULL, interviewed {int} NOT NULL,
          offered {int} NOT NULL, appointed {int} NOT NULL, still_in_post_after_year {int},
          PRIMARY KEY (authority, name))
        """,
        // The lines keep the table's order in seq; the table is always replaced whole.
        """
        CREATE TABLE placement_costs (
          authority {text} NOT NULL, seq {int} NOT NULL, placement {text} NOT NULL, provider {text},
          weekly_cost {real} NOT NULL, note {text}, PRIMARY KEY (authority, seq))
        """,
    ])
}

extension Migration {
    /// The improvement programme: Ofsted's record, DfE's intervention, every version of the plan,
    /// the boards and their meetings.
    ///
    /// Every key opens with `authority`, so one authority's programme is read with a prefix of each
    /// primary key and a write can only reach rows that name it. Lists keep their order in `seq`.
    /// Each plan version holds its own copy of every priority, action and detail: a refreshed plan
    /// is written whole, and a write to one version never changes another.
    static let programme = Migration(version: 6, name: "improvement programme", statements: [
        """
        CREATE TABLE inspections (
          authority {text} NOT NULL, id {text} NOT NULL, kind {text} NOT NULL, start_date {text} NOT NULL,
          end_date {text}, published_date {text}, report_url {text}, overall_effectiveness {int},
          impact_of_leaders {int}, help_and_protection {int}, children_in_care {int}, care_leavers {int},
          PRIMARY KEY (authority, id))
        """,
        // Finding ids repeat across inspections (every report numbers its recommendations from 1).
        """
        CREATE TABLE inspection_findings (
          authority {text} NOT NULL, inspection_id {text} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          kind {text} NOT NULL, text {text} NOT NULL, PRIMARY KEY (authority, inspection_id, id),
          FOREIGN KEY (authority, inspection_id) REFERENCES inspections (authority, id))
        """,
        """
        CREATE TABLE interventions (
          authority {text} NOT NULL, id {text} NOT NULL, kind {text} NOT NULL, issued {text} NOT NULL,
          review_every_months {int} NOT NULL, ended {text}, outcome {text}, PRIMARY KEY (authority, id))
        """,
        """
        CREATE TABLE plan_versions (
          authority {text} NOT NULL, version {int} NOT NULL, title {text} NOT NULL, approved {text},
          PRIMARY KEY (authority, version))
        """,
        // seq is unique for priorities and actions: one added alone goes after the last of its
        // version, and a second writer must fail rather than take the same place.
        """
        CREATE TABLE plan_priorities (
          authority {text} NOT NULL, version {int} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          title {text} NOT NULL, lead {text} NOT NULL, PRIMARY KEY (authority, version, id),
          UNIQUE (authority, version, seq),
          FOREIGN KEY (authority, version) REFERENCES plan_versions (authority, version))
        """,
        """
        CREATE TABLE plan_actions (
          authority {text} NOT NULL, version {int} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          priority_id {text} NOT NULL, title {text} NOT NULL, owner {text} NOT NULL, start_date {text},
          due {text} NOT NULL, status {text} NOT NULL, completed {text}, override_rag {text}, override_reason {text},
          PRIMARY KEY (authority, version, id), UNIQUE (authority, version, seq),
          FOREIGN KEY (authority, version, priority_id) REFERENCES plan_priorities (authority, version, id))
        """,
        // Without it, deleting a version's priorities would scan its actions once per priority.
        "CREATE INDEX plan_actions_by_priority ON plan_actions (authority, version, priority_id)",
        """
        CREATE TABLE plan_action_findings (
          authority {text} NOT NULL, version {int} NOT NULL, action_id {text} NOT NULL, seq {int} NOT NULL,
          finding_id {text} NOT NULL, PRIMARY KEY (authority, version, action_id, seq),
          FOREIGN KEY (authority, version, action_id) REFERENCES plan_actions (authority, version, id))
        """,
        """
        CREATE TABLE plan_action_indicators (
          authority {text} NOT NULL, version {int} NOT NULL, action_id {text} NOT NULL, seq {int} NOT NULL,
          indicator_id {text} NOT NULL, PRIMARY KEY (authority, version, action_id, seq),
          FOREIGN KEY (authority, version, action_id) REFERENCES plan_actions (authority, version, id))
        """,
        """
        CREATE TABLE plan_action_notes (
          authority {text} NOT NULL, version {int} NOT NULL, action_id {text} NOT NULL, seq {int} NOT NULL,
          date {text} NOT NULL, author {text} NOT NULL, text {text} NOT NULL,
          PRIMARY KEY (authority, version, action_id, seq),
          FOREIGN KEY (authority, version, action_id) REFERENCES plan_actions (authority, version, id))
        """,
        """
        CREATE TABLE plan_action_evidence (
          authority {text} NOT NULL, version {int} NOT NULL, action_id {text} NOT NULL, seq {int} NOT NULL,
          kind {text} NOT NULL, title {text} NOT NULL, location {text} NOT NULL,
          PRIMARY KEY (authority, version, action_id, seq),
          FOREIGN KEY (authority, version, action_id) REFERENCES plan_actions (authority, version, id))
        """,
        """
        CREATE TABLE plan_action_trajectories (
          authority {text} NOT NULL, version {int} NOT NULL, action_id {text} NOT NULL, seq {int} NOT NULL,
          indicator_id {text} NOT NULL, baseline {real} NOT NULL, baseline_date {text} NOT NULL,
          target {real} NOT NULL, target_date {text} NOT NULL, PRIMARY KEY (authority, version, action_id, seq),
          FOREIGN KEY (authority, version, action_id) REFERENCES plan_actions (authority, version, id))
        """,
        """
        CREATE TABLE boards (
          authority {text} NOT NULL, id {text} NOT NULL, kind {text} NOT NULL, name {text} NOT NULL,
          chair {text} NOT NULL, secretary {text} NOT NULL, cadence_weeks {int} NOT NULL, PRIMARY KEY (authority, id))
        """,
        """
        CREATE TABLE board_members (
          authority {text} NOT NULL, board_id {text} NOT NULL, seq {int} NOT NULL, name {text} NOT NULL,
          PRIMARY KEY (authority, board_id, seq), FOREIGN KEY (authority, board_id) REFERENCES boards (authority, id))
        """,
        """
        CREATE TABLE meetings (
          authority {text} NOT NULL, id {text} NOT NULL, board_id {text} NOT NULL, date {text} NOT NULL,
          minutes {text} NOT NULL, PRIMARY KEY (authority, id),
          FOREIGN KEY (authority, board_id) REFERENCES boards (authority, id))
        """,
        "CREATE INDEX meetings_by_board ON meetings (authority, board_id)",
        // link_kind says what link_ref names: nothing, a report, a plan priority or an indicator.
        """
        CREATE TABLE meeting_agenda (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, seq {int} NOT NULL, title {text} NOT NULL,
          presenter {text} NOT NULL, link_kind {text} NOT NULL, link_ref {text},
          PRIMARY KEY (authority, meeting_id, seq),
          FOREIGN KEY (authority, meeting_id) REFERENCES meetings (authority, id))
        """,
        // One row per name: present 1 for those who came, 0 for apologies.
        """
        CREATE TABLE meeting_attendance (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, seq {int} NOT NULL, name {text} NOT NULL,
          present {int} NOT NULL, PRIMARY KEY (authority, meeting_id, seq),
          FOREIGN KEY (authority, meeting_id) REFERENCES meetings (authority, id))
        """,
        """
        CREATE TABLE meeting_resolutions (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, seq {int} NOT NULL, text {text} NOT NULL,
          PRIMARY KEY (authority, meeting_id, seq),
          FOREIGN KEY (authority, meeting_id) REFERENCES meetings (authority, id))
        """,
        """
        CREATE TABLE actions_arising (
          authority {text} NOT NULL, meeting_id {text} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          text {text} NOT NULL, owner {text} NOT NULL, due {text}, done {text},
          PRIMARY KEY (authority, meeting_id, id),
          FOREIGN KEY (authority, meeting_id) REFERENCES meetings (authority, id))
        """,
    ])
}

extension Migration {
    /// Submissions (files and bytes) and the parsed rows of every return.
    ///
    /// Each row table keys on (submission_id, seq): `seq` keeps the order rows were read in, so the
    /// dataset assembled from the store equals the one read from the files; nested CIN rows point
    /// at their parent's `seq`.
    static let submissions = Migration(version: 1, name: "submissions", statements: [
        """
        CREATE TABLE submissions (
          id {id}, authority {text} NOT NULL, collection_year {int}, imported_by {text} NOT NULL,
          imported_at {text} NOT NULL, set_sha256 {text} NOT NULL, file_count {int} NOT NULL,
          row_count {int} NOT NULL, UNIQUE (authority, set_sha256))
        """,
        """
        CREATE TABLE submission_files (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          name {text} NOT NULL, kind {text} NOT NULL, collection_year {int}, sha256 {text} NOT NULL,
          byte_count {int} NOT NULL, row_count {int} NOT NULL, content {blob} NOT NULL,
          PRIMARY KEY (submission_id, seq))
        """,
        // Which returns a submission holds: what `latestDataset` picks from.
        """
        CREATE TABLE submission_parts (
          submission_id {int} NOT NULL REFERENCES submissions(id), part {text} NOT NULL,
          year {int} NOT NULL, PRIMARY KEY (submission_id, part, year))
        """,
        """
        CREATE TABLE cin_censuses (
          submission_id {int} PRIMARY KEY REFERENCES submissions(id), year {int} NOT NULL,
          reference_date {text} NOT NULL, authority_code {text} NOT NULL, software_code {text},
          release_name {text}, serial_number {text}, date_time {text})
        """,
        """
        CREATE TABLE cin_children (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          child_id {text} NOT NULL, upn {text}, former_upn {text}, upn_unknown {text}, birth_date {text},
          expected_birth_date {text}, sex {text}, death_date {text}, ethnicity {text},
          PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_disabilities (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          child_seq {int} NOT NULL, code {text} NOT NULL, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_episodes (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          child_seq {int} NOT NULL, referral_date {text}, referral_source {text}, primary_need {text},
          closure_date {text}, reason_for_closure {text}, date_of_initial_cpc {text}, referral_nfa {int},
          PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_assessments (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          episode_seq {int} NOT NULL, start_date {text}, internal_review_date {text},
          authorisation_date {text}, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_assessment_factors (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          assessment_seq {int} NOT NULL, code {text} NOT NULL, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_plans (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          episode_seq {int} NOT NULL, start_date {text}, end_date {text}, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_section47s (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          episode_seq {int} NOT NULL, start_date {text}, initial_cpc_target {text},
          date_of_initial_cpc {text}, icpc_not_required {int}, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_protection_plans (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          episode_seq {int} NOT NULL, start_date {text}, end_date {text}, initial_category {text},
          latest_category {text}, number_of_previous_plans {int}, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE cin_protection_reviews (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          plan_seq {int} NOT NULL, review_date {text} NOT NULL, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE ssda903_returns (
          submission_id {int} NOT NULL REFERENCES submissions(id), collection_year {int} NOT NULL,
          PRIMARY KEY (submission_id, collection_year))
        """,
    ] + SSDA903Tables.createStatements + [
        """
        CREATE TABLE annex_a_lists (
          submission_id {int} NOT NULL REFERENCES submissions(id), list {int} NOT NULL,
          PRIMARY KEY (submission_id, list))
        """,
        """
        CREATE TABLE annex_a_records (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL, list {int} NOT NULL,
          record_id {text} NOT NULL, gender {text}, ethnicity {text}, birth_date {text}, age {int},
          event_date {text}, end_date {text}, fields {text} NOT NULL, PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE workforce_censuses (
          submission_id {int} PRIMARY KEY REFERENCES submissions(id), census_date {text} NOT NULL)
        """,
        """
        CREATE TABLE workforce_workers (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL,
          worker_id {text} NOT NULL, is_agency {int} NOT NULL, fte {real} NOT NULL, team {text}, role {text},
          birth_date {text}, sex {text}, ethnicity {text}, role_start_date {text}, role_end_date {text},
          start_origin {text}, reason_left {text}, is_newly_qualified {int}, cases {int},
          working_days_lost {real}, absent_at_census {int}, reason_absent {text},
          PRIMARY KEY (submission_id, seq))
        """,
        """
        CREATE TABLE workforce_vacancies (
          submission_id {int} NOT NULL REFERENCES submissions(id), team {text} NOT NULL, fte {real} NOT NULL,
          PRIMARY KEY (submission_id, team))
        """,
    ])
}

/// The SSDA903 tables in the store: one per DfE table, each keyed by submission, collection year
/// and the row's position in its file.
enum SSDA903Tables {
    /// (table, columns after the key with their types) for every 903 table.
    static let definitions: [(table: String, columns: [(String, String)])] = [
        (HeaderRow.table, [("child_id", "{text} NOT NULL"), ("sex", "{text}"), ("birth_date", "{text}"),
                           ("ethnicity", "{text}"), ("upn", "{text}"), ("is_mother", "{int}"),
                           ("childs_child_birth_date", "{text}")]),
        (EpisodeRow.table, [("child_id", "{text} NOT NULL"), ("start_date", "{text}"), ("reason_for_new_episode", "{text}"),
                            ("legal_status", "{text}"), ("category_of_need", "{text}"), ("placement", "{text}"),
                            ("placement_provider", "{text}"), ("end_date", "{text}"), ("reason_episode_ceased", "{text}"),
                            ("reason_placement_changed", "{text}"), ("home_postcode", "{text}"),
                            ("placement_postcode", "{text}"), ("urn", "{text}")]),
        (ReviewRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("review_date", "{text}"),
                           ("participation", "{text}")]),
        (UASCRow.table, [("child_id", "{text} NOT NULL"), ("sex", "{text}"), ("birth_date", "{text}"),
                         ("date_ceased_uasc", "{text}")]),
        (HealthOutcomeRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("sdq_score", "{int}"),
                                  ("sdq_reason", "{text}"), ("convicted", "{int}"), ("health_check", "{int}"),
                                  ("immunisations", "{int}"), ("teeth_check", "{int}"), ("health_assessment", "{int}"),
                                  ("substance_misuse", "{int}"), ("intervention_received", "{int}"),
                                  ("intervention_offered", "{int}")]),
        (CareLeaverRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("in_touch", "{text}"),
                               ("activity", "{text}"), ("accommodation", "{text}")]),
        (AdoptionRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("date_of_decision", "{text}"),
                             ("date_matched", "{text}"), ("foster_care_adoption", "{int}"), ("number_of_adopters", "{int}"),
                             ("sex_of_adopters", "{text}"), ("legal_status_of_adopters", "{text}")]),
        (PlacedForAdoptionRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("date_placed", "{text}"),
                                      ("date_decision_ceased", "{text}"), ("reason_ceased", "{text}")]),
        (PreviousPermanenceRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"),
                                       ("previous_permanence", "{text}"), ("authority", "{text}"),
                                       ("date_permanence", "{text}")]),
        (MissingRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"), ("kind", "{text}"),
                            ("start_date", "{text}"), ("end_date", "{text}")]),
        (SocialWorkerEpisodeRow.table, [("child_id", "{text} NOT NULL"), ("birth_date", "{text}"),
                                        ("social_worker_id", "{text}"), ("start_date", "{text}"), ("end_date", "{text}"),
                                        ("reason_for_change", "{text}")]),
    ]

    static let keyColumns = ["submission_id", "collection_year", "seq"]

    static func columns(of table: String) -> [String] {
        keyColumns + (definitions.first { $0.table == table }?.columns.map(\.0) ?? [])
    }

    static var createStatements: [String] {
        definitions.map { def in
            let cols = def.columns.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return "CREATE TABLE \(def.table) (submission_id {int} NOT NULL REFERENCES submissions(id), "
                + "collection_year {int} NOT NULL, seq {int} NOT NULL, \(cols), "
                + "PRIMARY KEY (submission_id, collection_year, seq))"
        }
    }
}

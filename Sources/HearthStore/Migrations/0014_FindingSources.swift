extension Migration {
    /// Findings from sources other than Ofsted (`FindingSource`: a notice's conditions, a DfE
    /// adviser's review, a direction, a commissioner, a peer, an independent chair), each with its
    /// findings in order; and the inspection or visit that led to an intervention.
    static let findingSources = Migration(version: 14, name: "sources of findings", statements: [
        """
        CREATE TABLE finding_sources (
          authority {text} NOT NULL, id {text} NOT NULL, kind {text} NOT NULL, title {text} NOT NULL,
          date {text} NOT NULL, made_by {text} NOT NULL, outcome {text}, intervention_id {text},
          PRIMARY KEY (authority, id))
        """,
        """
        CREATE TABLE source_findings (
          authority {text} NOT NULL, source_id {text} NOT NULL, id {text} NOT NULL, seq {int} NOT NULL,
          kind {text} NOT NULL, text {text} NOT NULL, PRIMARY KEY (authority, source_id, id),
          FOREIGN KEY (authority, source_id) REFERENCES finding_sources (authority, id))
        """,
        "ALTER TABLE interventions ADD COLUMN inspection_id {text}",
    ])
}

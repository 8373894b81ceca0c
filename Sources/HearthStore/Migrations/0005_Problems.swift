extension Migration {
    /// The problems the readers found in a submission's files, kept with it so the data pages can
    /// show them long after the import.
    static let problems = Migration(version: 5, name: "problems found in submissions", statements: [
        """
        CREATE TABLE submission_problems (
          submission_id {int} NOT NULL REFERENCES submissions(id), seq {int} NOT NULL, severity {text} NOT NULL,
          file {text} NOT NULL, line {int}, element {text}, field {text}, message {text} NOT NULL,
          PRIMARY KEY (submission_id, seq))
        """,
    ])
}

extension Migration {
    /// In-year extracts: the day a submission's CIN census or SSDA903 return runs to, when it is
    /// not the year's 31 March (null for the statutory return).
    static let dataTo = Migration(version: 10, name: "submission parts' data-to day", statements: [
        "ALTER TABLE submission_parts ADD COLUMN data_to {text}",
    ])
}

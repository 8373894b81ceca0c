extension Migration {
    /// The staff CSV's optional profile columns: date of birth (age profile), ethnicity (as
    /// exported: a DfE census code or words) and route into social work (`RouteIn`'s code). Null
    /// for staff imported before, as for a file without the columns.
    static let staffProfile = Migration(version: 13, name: "staff birth date, ethnicity and route in", statements: [
        "ALTER TABLE staffing_staff ADD COLUMN birth_date {text}",
        "ALTER TABLE staffing_staff ADD COLUMN ethnicity {text}",
        "ALTER TABLE staffing_staff ADD COLUMN route_in {text}",
    ])
}

extension Migration {
    /// What the returns do not hold: the register of local measures, every value entered for
    /// them (a correction is a new row, so the history stays), and every target set in the app
    /// for any indicator or measure (never updated in place: the history is the rows).
    static let localMeasures = Migration(version: 12, name: "local measures and targets set in the app", statements: [
        """
        CREATE TABLE local_measures (
          authority {text} NOT NULL, id {text} NOT NULL, title {text} NOT NULL, definition {text} NOT NULL,
          unit {text} NOT NULL, polarity {text} NOT NULL, frequency {text} NOT NULL, area {text} NOT NULL,
          owner {text} NOT NULL, source {text} NOT NULL, board_visible {int} NOT NULL, counts_children {int} NOT NULL,
          created_by {text} NOT NULL, created_at {text} NOT NULL, PRIMARY KEY (authority, id))
        """,
        """
        CREATE TABLE local_measure_values (
          id {id}, authority {text} NOT NULL, measure_id {text} NOT NULL, period_start {text} NOT NULL,
          period_end {text} NOT NULL, period_label {text} NOT NULL, value {real} NOT NULL, numerator {real},
          denominator {real}, note {text} NOT NULL, entered_by {text} NOT NULL, entered_at {text} NOT NULL)
        """,
        "CREATE INDEX local_measure_values_by_measure ON local_measure_values (authority, measure_id, period_start)",
        """
        CREATE TABLE target_settings (
          id {id}, authority {text} NOT NULL, indicator_id {text} NOT NULL, target {real} NOT NULL,
          tolerance {real} NOT NULL, from_day {text} NOT NULL, reason {text} NOT NULL, set_by {text} NOT NULL,
          set_at {text} NOT NULL)
        """,
        "CREATE INDEX target_settings_by_indicator ON target_settings (authority, indicator_id)",
    ])
}

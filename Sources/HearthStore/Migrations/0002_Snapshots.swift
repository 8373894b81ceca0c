extension Migration {
    /// Indicator results as computed, without the child-level members behind them.
    static let snapshots = Migration(version: 2, name: "indicator snapshots", statements: [
        """
        CREATE TABLE indicator_snapshots (
          id {id}, indicator_id {text} NOT NULL, authority {text} NOT NULL, period_start {text} NOT NULL,
          period_end {text} NOT NULL, period_label {text} NOT NULL, value {real}, numerator {real} NOT NULL,
          denominator {real} NOT NULL, note {text}, computed_at {text} NOT NULL,
          source_submissions {text} NOT NULL)
        """,
        "CREATE INDEX indicator_snapshots_by_indicator ON indicator_snapshots (indicator_id, authority, period_end)",
    ])
}

import HearthCore

/// The rows read from one of the council's workforce CSVs (staff, teams, campaigns, costs),
/// and every problem found, each naming the file, line and column.
public struct StaffingFileResult<Row: Sendable>: Sendable {
    public let rows: [Row]
    public let problems: [DataProblem]

    public init(rows: [Row], problems: [DataProblem]) {
        self.rows = rows
        self.problems = problems
    }

    /// The file could not be used at all (unreadable, or a required column missing).
    public var hasFatal: Bool { problems.contains { $0.severity == .fatal } }
}

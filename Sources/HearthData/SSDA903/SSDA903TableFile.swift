import HearthCore

/// One CSV file read as an SSDA903 table: what it was recognised as, its rows and its problems.
public struct SSDA903TableFile: Sendable, Equatable {
    /// The file's name (not its full path).
    public let name: String
    /// Size of the file in bytes.
    public let bytes: Int64
    /// What the heading row was recognised as (`.none` when the file had none).
    public let recognition: SSDA903Recognition
    /// The rows read, or nil when the file could not be used at all (a fatal problem).
    public let rows: SSDA903Rows?
    /// Data records in the file (blank lines not counted), including rows left out for errors.
    public let rowCount: Int
    /// Everything found wrong, in file order, with file, line and field.
    public let problems: [DataProblem]
    /// For a table of dated events, the year its dates say it belongs to: worked out as the
    /// file is made, so on the reader's own core rather than while all the files are assembled
    /// (a national year has millions of dates).
    let datedYear: SSDA903YearEvidence.Latest?
    /// The line of each row in `rows` (empty when not known), so that a row found out of place
    /// once the file's year is known can be reported where it stands.
    let lines: [Int]

    /// A file as read (normally made by `SSDA903TableReader`, which passes each row's line).
    public init(name: String, bytes: Int64, recognition: SSDA903Recognition, rows: SSDA903Rows?,
                rowCount: Int, problems: [DataProblem], lines: [Int] = []) {
        self.name = name
        self.lines = rows?.count == lines.count ? lines : []
        self.bytes = bytes
        self.recognition = recognition
        self.rows = rows
        self.rowCount = rowCount
        self.problems = problems
        if let rows, rows.count > 0, rows.table.isDated {
            datedYear = SSDA903YearEvidence.latestYear(of: rows.eventDates)
        } else {
            datedYear = nil
        }
    }

    /// The table the file holds, when it could be used.
    public var table: SSDA903Table? { rows?.table }

    /// The line of row `index`, when known.
    func line(ofRow index: Int) -> Int? { lines.indices.contains(index) ? lines[index] : nil }
}

import HearthCore

/// One CSV file read as an SSDA903 table: what it was recognised as, its rows and its problems.
public struct SSDA903TableFile: Sendable, Equatable {
    /// The file's name (not its full path).
    public let name: String
    /// Size of the file in bytes.
    public let bytes: Int64
    public let recognition: SSDA903Recognition
    /// The rows read, or nil when the file could not be used at all (a fatal problem).
    public let rows: SSDA903Rows?
    /// Data records in the file (blank lines not counted), including rows left out for errors.
    public let rowCount: Int
    public let problems: [DataProblem]

    public init(name: String, bytes: Int64, recognition: SSDA903Recognition, rows: SSDA903Rows?,
                rowCount: Int, problems: [DataProblem]) {
        self.name = name
        self.bytes = bytes
        self.recognition = recognition
        self.rows = rows
        self.rowCount = rowCount
        self.problems = problems
    }

    /// The table the file holds, when it could be used.
    public var table: SSDA903Table? { rows?.table }
}

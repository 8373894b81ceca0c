import HearthCore

/// The outcome of assembling a set of SSDA903 table files: this year's and last year's returns,
/// what became of each file, and every problem found.
public struct SSDA903Assembly: Sendable, Equatable {
    /// The latest collection year found (or the one asked for).
    public let current: SSDA903Return?
    /// The year before `current`, when any file belongs to it.
    public let previous: SSDA903Return?
    /// One entry per file given, in the order given, with the year it was assigned to (nil when
    /// it was not used, or held no rows and there was no year free for it).
    public let files: [RecognisedFile]
    /// Problems from reading every file, then from assembling them.
    public let problems: [DataProblem]

    /// Assembled returns and what became of each file (normally made by `SSDA903Assembler`).
    public init(current: SSDA903Return?, previous: SSDA903Return?, files: [RecognisedFile], problems: [DataProblem]) {
        self.current = current
        self.previous = previous
        self.files = files
        self.problems = problems
    }
}

import HearthCore

/// What reading a CIN census file produced.
public struct CINReadResult: Sendable {
    /// The census, or nil when the file was rejected (a `.fatal` problem says why): a file
    /// either reads or is rejected, it is never half-loaded.
    public let census: CINCensus?
    public let problems: [DataProblem]
    /// `Child` elements in the file, including any left out for errors.
    public let children: Int

    public init(census: CINCensus?, problems: [DataProblem], children: Int) {
        self.census = census
        self.problems = problems
        self.children = children
    }

    public var isRejected: Bool { census == nil }
}

import HearthCore

/// What was read from a set of return files: the dataset, every file and what it was, and
/// every problem found.
public struct ReturnSet: Sendable {
    public let dataset: Dataset
    public let files: [RecognisedFile]
    public let problems: [DataProblem]
    /// The council's own staff, teams and recruitment CSVs, when the folder has them. Kept
    /// beside the dataset rather than in it: they are local records, not a statutory return.
    public let staffing: StaffingRecords?
    /// The placement cost table, when the folder has a usable one: an import replaces the
    /// authority's stored table with it.
    public let placementCosts: PlacementCostTable?
    /// The year before's returns, when the files include them (a CIN census a year older than
    /// the one used): what twelve months crossing 1 April read besides `dataset`.
    public let earlier: Dataset?

    public init(dataset: Dataset, files: [RecognisedFile], problems: [DataProblem], staffing: StaffingRecords? = nil,
                placementCosts: PlacementCostTable? = nil, earlier: Dataset? = nil) {
        self.earlier = earlier
        self.dataset = dataset
        self.files = files
        self.problems = problems
        self.staffing = staffing
        self.placementCosts = placementCosts
    }

    /// True when some file could not be read at all: an import of this set must not land.
    public var hasFatalProblems: Bool { problems.contains { $0.severity == .fatal } }

    public func count(_ severity: DataProblem.Severity) -> Int { problems.filter { $0.severity == severity }.count }
}

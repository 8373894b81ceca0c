import HearthCore

/// What came of reading an Annex A file: the records of every list recognised in it, and the
/// problems found. A file with a fatal problem yields no records.
public struct AnnexAReadResult: Sendable {
    public let annexA: AnnexA
    public let problems: [DataProblem]

    public init(annexA: AnnexA, problems: [DataProblem]) {
        self.annexA = annexA
        self.problems = problems
    }

    /// The lists that had a recognised table, in list order.
    public var lists: [AnnexAList] { annexA.records.keys.sorted() }

    /// Every record, in list order then file order.
    public var records: [AnnexARecord] { lists.flatMap { annexA[$0] } }

    public var hasFatal: Bool { problems.contains { $0.severity == .fatal } }
}

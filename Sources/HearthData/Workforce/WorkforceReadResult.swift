import HearthCore

/// What came of reading a workforce file: the workers or vacancies found, and the problems.
public struct WorkforceReadResult: Sendable {
    /// Which workforce file it was; nil when the headings were not recognised.
    public let kind: ReturnFileKind?
    public let workers: [SocialWorker]
    /// Vacancy FTE by team ("" for a row without a team).
    public let vacanciesFTE: [String: Double]
    public let problems: [DataProblem]

    public init(kind: ReturnFileKind?, workers: [SocialWorker] = [], vacanciesFTE: [String: Double] = [:],
                problems: [DataProblem]) {
        self.kind = kind
        self.workers = workers
        self.vacanciesFTE = vacanciesFTE
        self.problems = problems
    }

    public var hasFatal: Bool { problems.contains { $0.severity == .fatal } }
}

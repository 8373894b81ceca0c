/// The children's social work workforce census at 30 September: workers and vacancies.
public struct WorkforceCensus: Sendable, Equatable {
    /// 30 September of the census year.
    public let censusDate: Day
    public let workers: [SocialWorker]
    /// Funded posts not filled by a permanent worker, FTE, by team ("" when not given by team).
    public let vacanciesFTE: [String: Double]

    public init(censusDate: Day, workers: [SocialWorker], vacanciesFTE: [String: Double]) {
        self.censusDate = censusDate
        self.workers = workers
        self.vacanciesFTE = vacanciesFTE
    }
}

/// A recruitment campaign and how many candidates reached each stage.
public struct RecruitmentCampaign: Sendable, Hashable, Codable {
    public let name: String
    public let opened: Day
    public let closed: Day?
    public let applications: Int
    public let shortlisted: Int
    public let interviewed: Int
    public let offered: Int
    public let appointed: Int
    /// Appointees still in post 12 months after appointment; nil until that is known.
    public let stillInPostAfter12Months: Int?

    public init(name: String, opened: Day, closed: Day? = nil, applications: Int, shortlisted: Int, interviewed: Int,
                offered: Int, appointed: Int, stillInPostAfter12Months: Int? = nil) {
        self.name = name
        self.opened = opened
        self.closed = closed
        self.applications = applications
        self.shortlisted = shortlisted
        self.interviewed = interviewed
        self.offered = offered
        self.appointed = appointed
        self.stillInPostAfter12Months = stillInPostAfter12Months
    }

    /// The funnel's stages in order, from applications to those still in post after a year (when known).
    public var stages: [Int] {
        [applications, shortlisted, interviewed, offered, appointed] + (stillInPostAfter12Months.map { [$0] } ?? [])
    }

    /// Whether the counts make a funnel: none negative, and no stage holding more people than the one before.
    public var stagesInOrder: Bool {
        stages.allSatisfy { $0 >= 0 } && zip(stages, stages.dropFirst()).allSatisfy { $0 >= $1 }
    }
}

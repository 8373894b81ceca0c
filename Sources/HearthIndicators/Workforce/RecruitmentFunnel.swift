import HearthCore

/// A campaign as a funnel: each stage's count and its conversion from the stage before.
public struct RecruitmentFunnel: Sendable, Hashable, Codable {
    public struct Stage: Sendable, Hashable, Codable {
        public let name: String
        public let count: Int
        /// This stage ÷ the stage before; nil for the first stage.
        public let fromPrevious: MeasureRatio?
    }

    public let campaign: String
    public let opened: Day
    public let closed: Day?
    public let stages: [Stage]

    public init(_ c: RecruitmentCampaign) {
        campaign = c.name
        opened = c.opened
        closed = c.closed
        var counts: [(String, Int)] = [("applications", c.applications), ("shortlisted", c.shortlisted),
                                       ("interviewed", c.interviewed), ("offered", c.offered), ("appointed", c.appointed)]
        if let kept = c.stillInPostAfter12Months { counts.append(("in post after 12 months", kept)) }
        stages = counts.enumerated().map { i, stage in
            Stage(name: stage.0, count: stage.1,
                  fromPrevious: i == 0 ? nil : MeasureRatio(Double(stage.1), Double(counts[i - 1].1)))
        }
    }

    /// Appointed ÷ applications.
    public var appointedPerApplication: MeasureRatio {
        MeasureRatio(Double(stages.first { $0.name == "appointed" }?.count ?? 0), Double(stages.first?.count ?? 0))
    }
}

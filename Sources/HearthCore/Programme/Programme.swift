/// Everything an authority holds about its improvement: the regulator's record, DfE's
/// intervention, every version of the plan, and the boards that oversee it.
public struct Programme: Sendable, Hashable, Codable {
    public var authority: String
    public var inspections: [Inspection]
    public var interventions: [Intervention]
    /// Findings from DfE, commissioners, peers and independent chairs (`FindingSource`).
    public var sources: [FindingSource]
    /// Every version of the plan, oldest first; the last is the one in force.
    public var plans: [ImprovementPlan]
    public var boards: [Board]
    public var meetings: [Meeting]

    public init(authority: String, inspections: [Inspection] = [], interventions: [Intervention] = [],
                sources: [FindingSource] = [], plans: [ImprovementPlan] = [], boards: [Board] = [], meetings: [Meeting] = []) {
        self.authority = authority
        self.inspections = inspections
        self.interventions = interventions
        self.sources = sources
        self.plans = plans
        self.boards = boards
        self.meetings = meetings
    }

    /// The plan in force.
    public var currentPlan: ImprovementPlan? { plans.max { $0.version < $1.version } }

    /// The board's first meeting on or after `day`.
    public func nextMeeting(of board: String, onOrAfter day: Day) -> Meeting? {
        meetings.filter { $0.boardID == board && $0.date >= day }.min { $0.date < $1.date }
    }

    /// Every finding of every inspection and every other source, for tracing actions to them.
    public var findings: [Finding] { inspections.flatMap(\.findings) + sources.flatMap(\.findings) }

}

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

    /// The latest version of the plan: the one being written and edited (a refresh is a draft
    /// until it is approved).
    public var currentPlan: ImprovementPlan? { plans.max { $0.version < $1.version } }

    /// The plan in force on `day`: the latest version approved on or before it. A version is in
    /// force only from its approval, so a refresh waiting for the board leaves the last approved
    /// version in force. Before any version is approved, the latest draft is the plan the
    /// service works to (and the pages say it is not yet approved).
    public func planInForce(on day: Day) -> ImprovementPlan? {
        plans.filter { $0.approved.map { $0 <= day } ?? false }.max { $0.version < $1.version } ?? currentPlan
    }

    /// Each board's name by its id, for the pages and the pack that name a board from an id.
    public var boardNames: [String: String] { Dictionary(boards.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) }

    /// The board's first meeting on or after `day`.
    public func nextMeeting(of board: String, onOrAfter day: Day) -> Meeting? {
        meetings.filter { $0.boardID == board && $0.date >= day }.min { $0.date < $1.date }
    }

    /// Every finding of every inspection and every other source, for tracing actions to them.
    public var findings: [Finding] { inspections.flatMap(\.findings) + sources.flatMap(\.findings) }

}

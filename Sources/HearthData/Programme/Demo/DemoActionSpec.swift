import HearthCore

/// One action of the demonstration plan before it is given dates: what it is, who owns it, what it
/// answers, and how far it has got. Dates come from the timeline and today, so the same spec
/// reads as complete, on track or overdue whatever day the demo runs.
struct DemoActionSpec: Sendable {
    /// The plan version the action first appeared in.
    enum Origin: Sendable { case firstPlan, refresh }

    enum State: Sendable {
        /// Finished `fraction` of the way through the plan it was worked under (start → refresh for
        /// the first plan, start → today for the refresh); due `slackDays` after finishing
        /// (negative: it finished late).
        case complete(during: Origin, fraction: Double, slackDays: Int)
        case inProgress(dueInDays: Int)
        case notStarted(dueInDays: Int)
        case blocked(dueInDays: Int)
    }

    /// Where a linked indicator should go, in its own unit (percent for shares).
    struct Trend: Sendable {
        let indicatorID: String
        let baseline: Double
        let target: Double
    }

    let id: String
    let priorityID: String
    let title: String
    let owner: String
    let origin: Origin
    /// Days after its plan's approval that work began.
    let startDays: Int
    let state: State
    let findingIDs: [String]
    let indicatorIDs: [String]
    let trends: [Trend]
    /// Progress as the owner reported it, oldest first; dated evenly across the work.
    let notes: [String]
    /// The document that shows a complete action is done.
    let evidence: String?
    /// Why the improvement board set the RAG to amber by hand; the dates are added when built.
    let amberBecause: String?
    /// Work could not start before Ofsted's monitoring visit letter (the action answers it).
    let afterMonitoringVisit: Bool

    init(_ id: String, _ title: String, owner: String, origin: Origin, start: Int = 0, state: State, findings: [String],
         indicators: [String] = [], trends: [Trend] = [], notes: [String] = [], evidence: String? = nil,
         amberBecause: String? = nil, afterMonitoringVisit: Bool = false) {
        self.id = id
        priorityID = "P" + (id.split(separator: ".").first.map(String.init) ?? id)
        self.title = title
        self.owner = owner
        self.origin = origin
        startDays = start
        self.state = state
        findingIDs = findings
        var linked = trends.map(\.indicatorID)
        for i in indicators where !linked.contains(i) { linked.append(i) }
        indicatorIDs = linked
        self.trends = trends
        self.notes = notes
        self.evidence = evidence
        self.amberBecause = amberBecause
        self.afterMonitoringVisit = afterMonitoringVisit
    }
}

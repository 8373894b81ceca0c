/// The programme as the pages read it on one day: each action's RAG, the coverage gaps, what is
/// overdue, and when things are next due. Computed once per request (or command) from what the store holds.
public struct ProgrammeStatus: Sendable {
    public let today: Day
    public let programme: Programme
    public let rule: ActionRAGRule
    /// The RAG each action of the plan in force shows today (overrides applied).
    public let rag: [String: ActionRAG]
    public let coverage: PlanCoverage
    /// Indicators linked to actions that are off their trajectory (or red against target when
    /// the action sets no trajectory), with the reason in words.
    public let offTrajectory: [String: String]
    public let schedule: BoardSchedule

    public init(programme: Programme, today: Day, offTrajectory: [String: String], rule: ActionRAGRule = ActionRAGRule()) {
        self.today = today
        self.programme = programme
        self.rule = rule
        self.offTrajectory = offTrajectory
        let actions = programme.planInForce(on: today)?.actions ?? []
        rag = Dictionary(actions.map { ($0.id, rule.rag($0, today: today)) }, uniquingKeysWith: { a, _ in a })
        coverage = PlanCoverage(findings: programme.findings, actions: actions, offTrajectory: Set(offTrajectory.keys),
                                today: today, rule: rule)
        schedule = BoardSchedule(boards: programme.boards, meetings: programme.meetings)
    }

    /// The plan in force today (a refresh awaiting approval is not).
    public var plan: ImprovementPlan? { programme.planInForce(on: today) }

    /// A later version not yet in force (a refresh awaiting the board's approval), if there is one.
    public var draft: ImprovementPlan? {
        guard let latest = programme.currentPlan, latest.version != plan?.version else { return nil }
        return latest
    }

    /// The status read against one version of the plan: an earlier version is read against its
    /// own actions, not the RAG of the plan in force. The plan in force gives this status back.
    public func forVersion(_ version: ImprovementPlan) -> ProgrammeStatus {
        if version.version == plan?.version { return self }
        var p = programme
        p.plans = [version]
        return ProgrammeStatus(programme: p, today: today, offTrajectory: offTrajectory, rule: rule)
    }

    /// Actions of the plan in force past their due date and not complete, oldest due first.
    public var overdueActions: [PlanAction] {
        (plan?.actions ?? []).filter { rule.isOverdue($0, today: today) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// How many actions show each RAG, for a priority or the whole plan.
    public func counts(priority: String? = nil) -> [ActionRAG: Int] {
        var out: [ActionRAG: Int] = [:]
        for a in plan?.actions ?? [] where priority == nil || a.priorityID == priority {
            out[rag[a.id] ?? .green, default: 0] += 1
        }
        return out
    }

    /// The graded inspection the programme answers: the latest standard or short inspection.
    public var latestGraded: Inspection? {
        programme.inspections.filter { $0.kind.isGraded }.max { ($0.startDate, $0.id) < ($1.startDate, $1.id) }
    }

    /// Interventions in force today, newest first.
    public var interventionsInForce: [Intervention] {
        programme.interventions.filter { $0.issued <= today && ($0.ended.map { $0 > today } ?? true) }
            .sorted { ($0.issued, $0.id) > ($1.issued, $1.id) }
    }

    /// The actions answering a finding, in the plan in force.
    public func actions(answering finding: String) -> [PlanAction] {
        (plan?.actions ?? []).filter { $0.findingIDs.contains(finding) }
    }
}

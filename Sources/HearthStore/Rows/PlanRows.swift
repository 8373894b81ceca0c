import HearthCore

/// One version of the plan, without its priorities and actions.
struct PlanVersionRow: KeyedRow {
    static let table = "plan_versions"
    static let columns = ["version", "title", "approved", "approval_meeting", "approval_resolution"]
    static let key = ["version"]

    let version: Int
    let title: String
    let approved: String?
    let approvalMeeting: String?
    let approvalResolution: String?

    init(_ plan: ImprovementPlan) {
        version = plan.version
        title = plan.title
        approved = SQLValue.day(plan.approved)
        approvalMeeting = plan.approval?.meetingID
        approvalResolution = plan.approval?.resolution
    }

    var values: RowValues { [version, title, approved, approvalMeeting, approvalResolution] }

    func plan(priorities: [Priority], actions: [PlanAction]) throws -> ImprovementPlan {
        ImprovementPlan(version: version, title: title, approved: try SQLValue.day(approved, of: "plan version \(version)"),
                        approval: approvalMeeting.map { ImprovementPlan.Approval(meetingID: $0, resolution: approvalResolution ?? "") },
                        priorities: priorities, actions: actions)
    }
}

struct PriorityRow: KeyedRow {
    static let table = "plan_priorities"
    static let columns = ["version", "id", "seq", "title", "lead"]
    static let key = ["version", "id"]

    let version: Int
    let id: String
    let seq: Int
    let title: String
    let lead: String

    init(_ p: Priority, version: Int, seq: Int) {
        self.version = version
        id = p.id
        self.seq = seq
        title = p.title
        lead = p.lead
    }

    var values: RowValues { [version, id, seq, title, lead] }

    var priority: Priority { Priority(id: id, title: title, lead: lead) }
}

/// One action of one version, without the lists it holds (see `ActionDetailRows`); an override is
/// its two columns, both empty when there is none.
struct PlanActionRow: KeyedRow {
    static let table = "plan_actions"
    static let columns = ["version", "id", "seq", "priority_id", "title", "owner", "start_date", "due", "status", "completed",
                          "override_rag", "override_reason", "owner_user"]
    static let key = ["version", "id"]

    let version: Int
    let id: String
    let seq: Int
    let priorityId: String
    let title: String
    let owner: String
    let startDate: String?
    let due: String
    let status: String
    let completed: String?
    let overrideRag: String?
    let overrideReason: String?
    let ownerUser: String?

    init(_ a: PlanAction, version: Int, seq: Int) {
        self.version = version
        id = a.id
        self.seq = seq
        priorityId = a.priorityID
        title = a.title
        owner = a.owner
        startDate = SQLValue.day(a.start)
        due = a.due.iso
        status = a.status.rawValue
        completed = SQLValue.day(a.completed)
        overrideRag = a.override?.rag.rawValue
        overrideReason = a.override?.reason
        ownerUser = a.ownerUser
    }

    var values: RowValues {
        [version, id, seq, priorityId, title, owner, startDate, due, status, completed, overrideRag, overrideReason, ownerUser]
    }

    var key: ActionKey { ActionKey(version: version, id: id) }

    func action(_ details: ActionDetails) throws -> PlanAction {
        let what = "action \(id) of plan version \(version)"
        let rag: ActionRAG? = try SQLValue.code(overrideRag, of: what)
        return PlanAction(
            id: id, priorityID: priorityId, title: title, owner: owner, ownerUser: ownerUser, start: try SQLValue.day(startDate, of: what),
            due: try SQLValue.day(due, of: what), status: try SQLValue.code(status, of: what),
            completed: try SQLValue.day(completed, of: what), findingIDs: details.findingIDs, indicatorIDs: details.indicatorIDs,
            override: rag.map { PlanAction.Override(rag: $0, reason: overrideReason ?? "") }, progress: details.progress,
            evidence: details.evidence, trajectories: details.trajectories)
    }
}

/// An action is named by its id within one version.
struct ActionKey: Hashable, Sendable {
    let version: Int
    let id: String
}

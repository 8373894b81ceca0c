/// One version of the improvement plan: its priorities and actions. A refreshed plan is a new
/// version; earlier ones are kept for comparison.
public struct ImprovementPlan: Sendable, Hashable, Codable {
    public var version: Int
    public var title: String
    public var approved: Day?
    public var priorities: [Priority]
    public var actions: [PlanAction]

    public init(version: Int, title: String, approved: Day? = nil, priorities: [Priority], actions: [PlanAction]) {
        self.version = version
        self.title = title
        self.approved = approved
        self.priorities = priorities
        self.actions = actions
    }

    public func actions(of priority: Priority) -> [PlanAction] { actions.filter { $0.priorityID == priority.id } }
}

/// A priority of the plan ("Workforce capacity and stability"), with its lead.
public struct Priority: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public var title: String
    public var lead: String

    public init(id: String, title: String, lead: String = "") {
        self.id = id
        self.title = title
        self.lead = lead
    }
}

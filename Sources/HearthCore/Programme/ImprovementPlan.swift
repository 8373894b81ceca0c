/// One version of the improvement plan: its priorities and actions. A refreshed plan is a new
/// version; earlier ones are kept for comparison.
public struct ImprovementPlan: Sendable, Hashable, Codable {
    /// Where a version was approved: the meeting and the words of its resolution.
    public struct Approval: Sendable, Hashable, Codable {
        public var meetingID: String
        public var resolution: String

        public init(meetingID: String, resolution: String) {
            self.meetingID = meetingID
            self.resolution = resolution
        }
    }

    public var version: Int
    public var title: String
    /// The day it was approved: it is in force from then (`Programme.planInForce(on:)`).
    public var approved: Day?
    /// The meeting and resolution that approved it, when recorded in Hearth.
    public var approval: Approval?
    public var priorities: [Priority]
    public var actions: [PlanAction]

    public init(version: Int, title: String, approved: Day? = nil, approval: Approval? = nil, priorities: [Priority], actions: [PlanAction]) {
        self.version = version
        self.title = title
        self.approved = approved
        self.approval = approval
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

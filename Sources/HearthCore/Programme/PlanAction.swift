/// One action of the improvement plan: who, by when, how far, and which findings it answers.
public struct PlanAction: Sendable, Hashable, Codable, Identifiable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case notStarted = "not started"
        case inProgress = "in progress"
        case complete
        case blocked
    }

    /// A RAG set by hand, with the reason a board will read.
    public struct Override: Sendable, Hashable, Codable {
        public let rag: ActionRAG
        public let reason: String

        public init(rag: ActionRAG, reason: String) {
            self.rag = rag
            self.reason = reason
        }
    }

    public let id: String
    public var priorityID: String
    public var title: String
    public var owner: String
    public var start: Day?
    public var due: Day
    public var status: Status
    public var completed: Day?
    public var findingIDs: [String]
    /// Indicators that show whether the action works.
    public var indicatorIDs: [String]
    public var override: Override?

    public init(id: String, priorityID: String, title: String, owner: String, start: Day? = nil, due: Day,
                status: Status = .notStarted, completed: Day? = nil, findingIDs: [String] = [], indicatorIDs: [String] = [],
                override: Override? = nil) {
        self.id = id
        self.priorityID = priorityID
        self.title = title
        self.owner = owner
        self.start = start
        self.due = due
        self.status = status
        self.completed = completed
        self.findingIDs = findingIDs
        self.indicatorIDs = indicatorIDs
        self.override = override
    }
}

/// An action's RAG as boards read it; `complete` is shown apart (blue in most councils' plans).
public enum ActionRAG: String, Sendable, Hashable, Codable, CaseIterable {
    case red, amber, green, complete
}

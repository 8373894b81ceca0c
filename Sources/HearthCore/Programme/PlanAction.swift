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
    /// The Hearth user who owns the action (by user name), when the owner is one: they see it
    /// under "My actions", may add its progress and evidence, and receive its digest. `owner`
    /// stays the name and post a board reads.
    public var ownerUser: String?
    public var start: Day?
    public var due: Day
    public var status: Status
    public var completed: Day?
    public var findingIDs: [String]
    /// Indicators that show whether the action works.
    public var indicatorIDs: [String]
    public var override: Override?
    /// What has been done, newest last; kept across plan versions.
    public var progress: [ProgressNote]
    /// Documents and links that show the action is done.
    public var evidence: [Evidence]
    /// Where each linked indicator should be by when (a linked indicator may have none).
    public var trajectories: [IndicatorTrajectory]

    public init(id: String, priorityID: String, title: String, owner: String, ownerUser: String? = nil, start: Day? = nil, due: Day,
                status: Status = .notStarted, completed: Day? = nil, findingIDs: [String] = [], indicatorIDs: [String] = [],
                override: Override? = nil, progress: [ProgressNote] = [], evidence: [Evidence] = [],
                trajectories: [IndicatorTrajectory] = []) {
        self.id = id
        self.priorityID = priorityID
        self.title = title
        self.owner = owner
        self.ownerUser = ownerUser
        self.start = start
        self.due = due
        self.status = status
        self.completed = completed
        self.findingIDs = findingIDs
        self.indicatorIDs = indicatorIDs
        self.override = override
        self.progress = progress
        self.evidence = evidence
        self.trajectories = trajectories
    }
}

/// A dated line of progress on an action, as its owner reports it.
public struct ProgressNote: Sendable, Hashable, Codable {
    public var date: Day
    public var author: String
    public var text: String

    public init(date: Day, author: String, text: String) {
        self.date = date
        self.author = author
        self.text = text
    }
}

/// Something that shows an action is done: a document (its title and where it is kept) or a link.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case document, link
    }

    public var kind: Kind
    public var title: String
    /// A web address, or where a document is kept ("SharePoint: Improvement/Audits/…").
    public var location: String

    public init(kind: Kind, title: String, location: String) {
        self.kind = kind
        self.title = title
        self.location = location
    }
}

/// An action's RAG as boards read it; `complete` is shown apart (blue in most councils' plans).
public enum ActionRAG: String, Sendable, Hashable, Codable, CaseIterable {
    case red, amber, green, complete
}

import HearthCore

/// What the plan page and the action page show.
enum PlanPages {
    struct PriorityBlock {
        let id: String
        let title: String
        let lead: String?
        let counts: [RAGCount]
        let actions: [ActionRow]
    }

    struct Version {
        let version: Int
        let title: String
        let approved: String
        let href: String
        let current: Bool
        let shown: Bool
    }

    struct Plan {
        let page: PageChrome
        let hasPlan: Bool
        let title: String
        let version: Int
        let nextVersion: Int
        let approved: String
        let isCurrent: Bool
        /// A later version than the one in force: a refresh waiting for approval.
        let isDraft: Bool
        /// The draft waiting for approval, when the page shows another version.
        let draftHref: String?
        let draftVersion: Int
        let approval: Approval?
        let canApprove: Bool
        let resolutionChoices: [Choice]
        let canEdit: Bool
        let counts: [RAGCount]
        let priorities: [PriorityBlock]
        let versions: [Version]
        let priorityChoices: [Choice]
        /// Who may own a new action (`PlanController.ownerChoices`).
        let ownerChoices: [Choice]
        let findingChoices: [Choice]
        let indicatorChoices: [Choice]
        /// The new action's dates: it starts today unless the manager says otherwise.
        let startInput: DateInput
        let dueInput: DateInput
    }

    /// The meeting and resolution that approved a version.
    struct Approval {
        let meeting: String
        let href: String
        let resolution: String
    }

    struct LinkedIndicator {
        let id: String
        let title: String
        let href: String
        let latest: String
        let off: Bool
        let offReason: String
        let trajectories: [String]
    }

    struct Note {
        let date: String
        let author: String
        let text: String
    }

    struct EvidenceRow {
        let kind: String
        let title: String
        let location: String
        let isLink: Bool
    }

    struct Action {
        let page: PageChrome
        let id: String
        /// What the edit form saw (`EditStamp`).
        let stamp: String
        let title: String
        let priority: String
        let owner: String
        /// The user who owns it, when one does.
        let ownerUser: String?
        let start: String?
        let startInput: DateInput
        let due: String
        let dueInput: DateInput
        let completed: String?
        let completedInput: DateInput
        /// The trajectory form's two dates.
        let baselineDateInput: DateInput
        let targetDateInput: DateInput
        let status: String
        let rag: RAGTag
        let computedRag: RAGTag
        let overridden: Bool
        let overrideReason: String
        let findings: [FindingRow]
        let indicators: [LinkedIndicator]
        let notes: [Note]
        let evidence: [EvidenceRow]
        let canEdit: Bool
        /// May add progress and evidence: an editor, or the owner.
        let canUpdate: Bool
        let version: Int
        let statusChoices: [Choice]
        /// Who may own it (editors only): none, then every possible owner.
        let ownerChoices: [Choice]
        let overrideChoices: [Choice]
        let findingChoices: [Choice]
        let indicatorChoices: [Choice]
        let evidenceChoices: [Choice]
    }
}

import HearthCore

/// The programme as /api/v1 gives it. Domain values are encoded as they are (days as
/// yyyy-mm-dd); computed things — RAG, review dates, what is overdue — are added beside them.
enum ProgrammeAPIModels {
    struct Summary: Encodable {
        let authority: String
        let today: Day
        let latestGradedInspection: Inspection?
        let interventionsInForce: [InterventionView]
        let plan: PlanHeading?
        let rag: [String: Int]
        let overdueActions: Int
        let overdueActionsArising: Int
        let unansweredFindings: Int
        let actionsWithoutFinding: Int
        let greenActionsOffTrajectory: Int
    }

    struct PlanHeading: Encodable {
        let version: Int
        let title: String
        let approved: Day?
    }

    struct InterventionView: Encodable {
        let intervention: Intervention
        let reviewDates: [Day]
        let nextReview: Day?
    }

    struct ActionView: Encodable {
        let action: PlanAction
        let rag: ActionRAG
        let overdue: Bool
    }

    struct Plan: Encodable {
        let version: Int
        let title: String
        let approved: Day?
        /// The meeting and resolution that approved it, when recorded.
        let approval: ImprovementPlan.Approval?
        let inForce: Bool
        /// A later version waiting for approval, not yet in force.
        let draftVersion: Int?
        let versions: [PlanHeading]
        let priorities: [Priority]
        let actions: [ActionView]
    }

    struct Coverage: Encodable {
        let unansweredFindings: [Finding]
        let actionsWithoutFinding: [String]
        let greenActionsOffTrajectory: [OffTrajectory]
    }

    struct OffTrajectory: Encodable {
        let action: String
        let indicators: [String]
        let reasons: [String]
    }

    struct BoardView: Encodable {
        let board: Board
        let lastMeeting: Day?
        let nextMeetingDue: Day?
        let overdueToMeet: Bool
        let meetings: [MeetingHeading]
    }

    struct MeetingHeading: Encodable {
        let id: String
        let date: Day
    }

    struct AgendaView: Encodable {
        let title: String
        let presenter: String
        /// none, report, planPriority or indicator.
        let linkKind: String
        let link: String?
    }

    struct MeetingView: Encodable {
        let id: String
        let board: String
        let date: Day
        let agenda: [AgendaView]
        let attendees: [String]
        let apologies: [String]
        let minutes: String
        /// The minutes as safe HTML (the only form a page may show).
        let minutesHTML: String
        let resolutions: [String]
        let actionsArising: [ActionArising]
        let carriedForward: [ActionArising]
    }

    struct Overdue: Encodable {
        let actions: [ActionView]
        let actionsArising: [OverdueArising]
        let boardsOverdueToMeet: [String]
    }

    struct OverdueArising: Encodable {
        let board: String
        let meeting: String
        let action: ActionArising
    }

    struct NewAction: Decodable {
        let priority: String
        let title: String
        let owner: String
        /// The Hearth user who owns it and updates it (optional).
        let ownerUser: String?
        let start: Day?
        let due: Day
        let status: PlanAction.Status?
        let findings: [String]?
        let indicators: [String]?
    }

    /// A source of findings as a client writes it; `findings` replace the source's own in order.
    /// A finding with no id is numbered ("C1", "DR2", "R3" by the source's kind).
    struct SourceBody: Decodable {
        let kind: FindingSource.Kind
        let title: String
        let date: Day
        let madeBy: String?
        let outcome: String?
        let interventionID: String?
        let findings: [FindingBody]?
    }

    struct FindingBody: Decodable {
        let id: String?
        let kind: Finding.Kind
        let text: String
    }

    /// Plan `version` approved by resolution `resolution` (numbered from 1, as the minutes number
    /// them) of `meeting`.
    struct PlanApprovalBody: Decodable {
        let version: Int
        let meeting: String
        let resolution: Int
    }

    struct PlanApprovalView: Encodable {
        let version: Int
        let approved: Day
        let approval: ImprovementPlan.Approval
    }

    struct NewResolution: Decodable {
        let text: String
    }

    /// A board as a client writes it: everything but its id (made from the name on creation).
    struct BoardBody: Decodable {
        let kind: Board.Kind?
        let name: String
        let chair: String
        let members: [BoardMember]?
        let secretary: String?
        let cadenceWeeks: Int?
        let termsOfReference: String?
        let ended: Day?
        let succeededBy: String?

        func apply(to board: inout Board) throws {
            board.kind = kind ?? board.kind
            board.name = try FormValues.text(name, "board's name", field: "name", max: 200)
            board.chair = try FormValues.text(chair, "chair", field: "chair", max: 200)
            board.members = members ?? board.members
            board.secretary = try FormValues.text(secretary, "secretary", field: "secretary", required: false, max: 200)
            board.cadenceWeeks = cadenceWeeks ?? board.cadenceWeeks
            board.termsOfReference = try FormValues.text(termsOfReference, "terms of reference", field: "termsOfReference", required: false, max: 20_000)
            board.ended = ended
            board.succeededBy = succeededBy.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    struct NewActionArising: Decodable {
        let text: String
        let owner: String
        let ownerUser: String?
        let due: Day?
    }
}

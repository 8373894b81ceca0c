import HearthCore

/// What the programme's summary, coverage, overdue and timeline pages show.
enum ProgrammePages {
    struct Judgement {
        let label: String
        let grade: String
        let css: String
    }

    struct InterventionLine {
        let kind: String
        let issued: String
        let nextReview: String?
        let href: String
    }

    struct Deadline {
        let label: String
        let date: String
        let passed: Bool
    }

    struct PriorityLine {
        let id: String
        let title: String
        let href: String
        let counts: [RAGCount]
    }

    struct Summary {
        let page: PageChrome
        let hasInspection: Bool
        let inspectionTitle: String
        let inspectionHref: String
        let judgements: [Judgement]
        let interventions: [InterventionLine]
        let deadlines: [Deadline]
        let hasPlan: Bool
        let planTitle: String
        let counts: [RAGCount]
        let priorities: [PriorityLine]
        let boards: [BoardPages.BoardRow]
        let overdueLine: String
        let coverageLine: String
    }

    struct OffTrajectoryRow {
        let action: ActionRow
        let reasons: [String]
    }

    struct Coverage {
        let page: PageChrome
        let unanswered: [FindingRow]
        let withoutFinding: [ActionRow]
        let offTrajectory: [OffTrajectoryRow]
        let findings: [FindingRow]
    }

    struct Overdue {
        let page: PageChrome
        let actions: [ActionRow]
        let arising: [OverdueArising]
        let boards: [BoardPages.BoardRow]
        let canRecord: Bool
        let backHref: String
    }

    struct OverdueArising {
        let board: String
        let boardHref: String
        let meetingHref: String
        let row: BoardPages.ArisingRow
    }

    struct Event {
        let date: String
        let kind: String
        let css: String
        let title: String
        let detail: String?
        let href: String
    }

    struct Trend {
        let title: String
        let href: String
        let latest: String
        let sparkline: String
    }

    struct Timeline {
        let page: PageChrome
        let events: [Event]
        let trends: [Trend]
    }
}

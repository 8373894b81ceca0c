import HearthCore

/// What the boards and meeting pages show.
enum BoardPages {
    struct BoardRow {
        let id: String
        let href: String
        let name: String
        let kind: String
        let chair: String
        /// The day it ceased, once it has.
        let ceased: String?
        let cadence: String
        let lastMeeting: String
        let nextDue: String
        let overdueToMeet: Bool
        let openArising: Int
    }

    struct Boards {
        let page: PageChrome
        let boards: [BoardRow]
        let canEdit: Bool
        let kindChoices: [Choice]
    }

    struct MeetingRow {
        let id: String
        let href: String
        let date: String
        let held: Bool
        let resolutions: Int
        let arising: Int
    }

    struct Board {
        let page: PageChrome
        let board: BoardRow
        /// "Name (role)".
        let members: [String]
        let secretary: String?
        let terms: String?
        /// "Ceased 3 November 2025" (or "Ceases …" when the day is still to come).
        let ended: String?
        let successor: Link?
        /// Boards this one took over from.
        let predecessors: [Link]
        let meetings: [MeetingRow]
        let canRecord: Bool
        /// The next meeting's date, suggested from the board's cadence.
        let meetingDateInput: DateInput
        let canEdit: Bool
        let packSettingsHref: String
        let membersText: String
        let cadenceWeeks: Int
        let kindChoices: [Choice]
        let endedInput: DateInput
        let successorChoices: [Choice]
        /// The board's tracker: what it asked of others, and what it was asked.
        var sent: [RecommendationRow] = []
        var received: [RecommendationRow] = []
    }

    struct Link {
        let title: String
        let href: String
    }

    struct AgendaRow {
        let number: Int
        let title: String
        let presenter: String?
        let linkLabel: String?
        let linkHref: String?
    }

    struct ArisingRow {
        let id: String
        let meetingID: String
        let text: String
        let owner: String
        let due: String
        let done: String
        let isDone: Bool
        let overdue: Bool
        let from: String
    }

    struct Meeting {
        let page: PageChrome
        let id: String
        let boardName: String
        let boardHref: String
        let date: String
        let held: Bool
        let packHref: String
        /// The items recorded, then what other boards asked of this meeting.
        var agenda: [AgendaRow]
        let attendees: [String]
        let apologies: [String]
        let attendeesText: String
        let apologiesText: String
        let minutesHTML: String?
        let minutesText: String
        let minutesStamp: String
        let resolutions: [String]
        let hasResolutions: Bool
        let backHref: String
        let arising: [ArisingRow]
        let carriedForward: [ArisingRow]
        let canRecord: Bool
        let linkChoices: [Choice]
        let arisingDueInput: DateInput
        let arisingOwnerChoices: [Choice]
        /// What changed since the board's previous meeting; nil at its first.
        let since: Since?
        /// Recommendations and requests this meeting made, and those it receives from other boards.
        var made: [RecommendationRow] = []
        var received: [RecommendationRow] = []
        /// The meeting's id where a row's `id` would hide it (the response form records where it was answered).
        var meetingID = ""
        var addresseeChoices: [Choice] = []
        var responseChoices: [Choice] = []
        var recommendationDueInput = DateInput("due", id: "rec-due", label: "Answer due (optional)")
    }

    /// A recommendation or request as a line of a meeting page or a board's tracker.
    struct RecommendationRow {
        let id: String
        let kind: String
        let text: String
        /// "Scrutiny committee, 12 March 2026" (who asked) or the addressee (who was asked).
        let from: String
        let to: String
        let due: String
        let status: String
        let statusCSS: String
        let awaiting: Bool
        let inProgress: Bool
        let fromHref: String
    }

    struct Since {
        struct Row {
            let title: String
            let href: String
            let then: String
            let now: String
            let change: String
            let rag: String
            let crossed: Bool
        }
        let date: String
        let asAt: String
        let rows: [Row]
        let completed: [String]
        let slipped: [String]
        // Stored, not computed: the templates read a value's stored properties only.
        let completedCount: Int
        let slippedCount: Int
        let hasCompleted: Bool
        let hasSlipped: Bool

        init(date: String, asAt: String, rows: [Row], completed: [String], slipped: [String]) {
            self.date = date
            self.asAt = asAt
            self.rows = rows
            self.completed = completed
            self.slipped = slipped
            completedCount = completed.count
            slippedCount = slipped.count
            hasCompleted = !completed.isEmpty
            hasSlipped = !slipped.isEmpty
        }
    }
}

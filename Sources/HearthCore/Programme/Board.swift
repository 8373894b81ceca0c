/// A board that oversees the improvement: the improvement board, a scrutiny committee, the
/// corporate parenting board.
public struct Board: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case improvement = "improvement board"
        case scrutiny = "scrutiny committee"
        case corporateParenting = "corporate parenting board"
        case other
    }

    public let id: String
    public var kind: Kind
    public var name: String
    public var chair: String
    public var members: [BoardMember]
    /// Who records the minutes (the board's officer or democratic services).
    public var secretary: String
    /// Weeks between meetings (12 for most improvement boards).
    public var cadenceWeeks: Int
    /// What the board is for and may decide, as its terms of reference say.
    public var termsOfReference: String
    /// The day it ceased (an improvement board ends when DfE lifts the notice), and the board
    /// that took over its work (an executive group).
    public var ended: Day?
    public var succeededBy: String?

    public init(id: String, kind: Kind, name: String, chair: String, members: [BoardMember] = [], secretary: String = "",
                cadenceWeeks: Int = 12, termsOfReference: String = "", ended: Day? = nil, succeededBy: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.chair = chair
        self.members = members
        self.secretary = secretary
        self.cadenceWeeks = cadenceWeeks
        self.termsOfReference = termsOfReference
        self.ended = ended
        self.succeededBy = succeededBy
    }

    /// Meets and is due to meet until the day it ceased.
    public func isActive(on day: Day) -> Bool { ended.map { day < $0 } ?? true }
}

/// One meeting: what was on the agenda, who came, what was resolved, and what was asked for.
public struct Meeting: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public var boardID: String
    public var date: Day
    public var agenda: [AgendaItem]
    public var attendees: [String]
    public var apologies: [String]
    /// Minutes as the secretary wrote them (sanitised before display).
    public var minutes: String
    public var resolutions: [String]
    public var actionsArising: [ActionArising]
    /// Resolutions that ask something of another board or an officer.
    public var recommendations: [BoardRecommendation]

    public init(id: String, boardID: String, date: Day, agenda: [AgendaItem] = [], attendees: [String] = [], apologies: [String] = [],
                minutes: String = "", resolutions: [String] = [], actionsArising: [ActionArising] = [],
                recommendations: [BoardRecommendation] = []) {
        self.id = id
        self.boardID = boardID
        self.date = date
        self.agenda = agenda
        self.attendees = attendees
        self.apologies = apologies
        self.minutes = minutes
        self.resolutions = resolutions
        self.actionsArising = actionsArising
        self.recommendations = recommendations
    }
}

/// One item of a meeting's agenda, and what it brings to the table: a report, a priority of the
/// plan, or an indicator.
public struct AgendaItem: Sendable, Hashable, Codable {
    public enum Link: Sendable, Hashable, Codable {
        case none
        /// A report or paper, by title and where it is kept.
        case report(String)
        /// A priority of the improvement plan, by id.
        case planPriority(String)
        /// An indicator, by catalogue id.
        case indicator(String)
    }

    public var title: String
    public var presenter: String
    public var link: Link

    public init(title: String, presenter: String = "", link: Link = .none) {
        self.title = title
        self.presenter = presenter
        self.link = link
    }
}

/// Something a meeting asked someone to do; it is carried to every later meeting until done.
public struct ActionArising: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public var text: String
    public var owner: String
    /// The Hearth user who owns it (by user name), when the owner is one (see `PlanAction.ownerUser`).
    public var ownerUser: String?
    public var due: Day?
    public var done: Day?

    public init(id: String, text: String, owner: String, ownerUser: String? = nil, due: Day? = nil, done: Day? = nil) {
        self.id = id
        self.text = text
        self.owner = owner
        self.ownerUser = ownerUser
        self.due = due
        self.done = done
    }
}

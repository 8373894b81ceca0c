/// A resolution that asks something of another board or an officer: a scrutiny committee's
/// recommendation to the improvement board, a request for a document or a report. It goes on the
/// addressee's next agenda, and on each one after until it is answered (accepted, partly accepted
/// or rejected, with the reason); an accepted one is then tracked until it is done.
public struct BoardRecommendation: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case recommendation
        case request
    }

    public enum Response: String, Sendable, Hashable, Codable, CaseIterable {
        case accepted
        case partlyAccepted = "partly accepted"
        case rejected
    }

    /// Where it stands, read from the response and the done day.
    public enum Status: String, Sendable, Hashable, Codable {
        case awaitingResponse = "awaiting response"
        case inProgress = "in progress"
        case done
        case rejected
    }

    public let id: String
    public var kind: Kind
    public var text: String
    /// The board it is addressed to, by id; nil when it is addressed to an officer.
    public var toBoard: String?
    /// The officer it is addressed to ("Director of Children's Services"), when not a board.
    public var toOfficer: String?
    /// When the answer (or the document asked for) is due.
    public var due: Day?
    public var response: Response?
    public var reason: String?
    /// The day it was answered, and the meeting that answered it (when a board did).
    public var respondedOn: Day?
    public var respondedAt: String?
    /// The day what was accepted was done.
    public var done: Day?

    public init(id: String, kind: Kind, text: String, toBoard: String? = nil, toOfficer: String? = nil, due: Day? = nil,
                response: Response? = nil, reason: String? = nil, respondedOn: Day? = nil, respondedAt: String? = nil, done: Day? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.toBoard = toBoard
        self.toOfficer = toOfficer
        self.due = due
        self.response = response
        self.reason = reason
        self.respondedOn = respondedOn
        self.respondedAt = respondedAt
        self.done = done
    }

    public var status: Status {
        switch response {
        case nil: .awaitingResponse
        case .rejected: .rejected
        case .accepted, .partlyAccepted: done == nil ? .inProgress : .done
        }
    }

    /// Still asks something of its addressee: not answered, or accepted and not yet done.
    public var isOpen: Bool { status == .awaitingResponse || status == .inProgress }
}

extension Programme {
    /// Every recommendation or request with the meeting that made it, oldest first.
    public var recommendations: [(meeting: Meeting, recommendation: BoardRecommendation)] {
        meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.flatMap { m in m.recommendations.map { (m, $0) } }
    }

    /// What a board was asked that its meeting `meeting` should take: addressed to the board, made
    /// at an earlier meeting, and not answered before this meeting (an answer given at this
    /// meeting keeps it on this agenda). This is the addressee's next agenda, and each one after
    /// until it is answered.
    public func received(at meeting: Meeting) -> [(meeting: Meeting, recommendation: BoardRecommendation)] {
        recommendations.filter { made, r in
            r.toBoard == meeting.boardID && made.date < meeting.date && (r.respondedOn.map { $0 >= meeting.date } ?? true)
        }
    }

    /// Finds a recommendation by id, with the meeting that made it.
    public func recommendation(_ id: String) -> (meeting: Meeting, recommendation: BoardRecommendation)? {
        recommendations.first { $0.recommendation.id == id }
    }
}

import HearthCore

/// One recommendation or request of a meeting, in its place.
struct RecommendationRow: AuthorityRow {
    static let table = "meeting_recommendations"
    static let columns = ["meeting_id", "id", "seq", "kind", "text", "to_board", "to_officer", "due", "response", "reason",
                          "responded_on", "responded_at", "done"]

    let meetingId: String
    let id: String
    let seq: Int
    let kind: String
    let text: String
    let toBoard: String?
    let toOfficer: String?
    let due: String?
    let response: String?
    let reason: String?
    let respondedOn: String?
    let respondedAt: String?
    let done: String?

    init(_ r: BoardRecommendation, meeting: String, seq: Int) {
        meetingId = meeting
        id = r.id
        self.seq = seq
        kind = r.kind.rawValue
        text = r.text
        toBoard = r.toBoard
        toOfficer = r.toOfficer
        due = SQLValue.day(r.due)
        response = r.response?.rawValue
        reason = r.reason
        respondedOn = SQLValue.day(r.respondedOn)
        respondedAt = r.respondedAt
        done = SQLValue.day(r.done)
    }

    var values: RowValues { [meetingId, id, seq, kind, text, toBoard, toOfficer, due, response, reason, respondedOn, respondedAt, done] }

    func recommendation() throws -> BoardRecommendation {
        let what = "recommendation \(id) of meeting \(meetingId)"
        return BoardRecommendation(id: id, kind: try SQLValue.code(kind, of: what), text: text, toBoard: toBoard, toOfficer: toOfficer,
                                   due: try SQLValue.day(due, of: what), response: try SQLValue.code(response, of: what), reason: reason,
                                   respondedOn: try SQLValue.day(respondedOn, of: what), respondedAt: respondedAt,
                                   done: try SQLValue.day(done, of: what))
    }
}

import HearthCore
import SQLKit

extension SQLStore {
    public func saveBoard(_ board: Board, authority: String) async throws {
        let row = BoardRow(board)
        let members = board.members.enumerated().map { BoardMemberRow(boardId: board.id, seq: $0.offset, member: $0.element) }
        try await transaction(authority: authority) { tables in
            // The board's row is updated, never deleted: its meetings point at it.
            try await tables.save(row)
            try await tables.replace(members, matching: ["board_id": board.id])
        }
    }

    public func saveMeeting(_ meeting: Meeting, authority: String) async throws {
        try Self.requireUnique(meeting.actionsArising.map(\.id), "action arising of meeting \(meeting.id):")
        try await transaction(authority: authority) { tables in try await tables.write(meeting) }
    }

    public func addMeeting(_ meeting: Meeting, authority: String) async throws {
        try Self.requireUnique(meeting.actionsArising.map(\.id), "action arising of meeting \(meeting.id):")
        try await transaction(authority: authority) { tables in
            guard try await tables.contains(BoardRow.self, matching: ["id": meeting.boardID]) else {
                throw StoreError.notFound("board \(meeting.boardID)")
            }
            guard try await tables.insertNew(MeetingRow(meeting)) else { throw StoreError.duplicate("meeting \(meeting.id)") }
            try await tables.write(meeting)
        }
    }

    public func updateMeeting<T: Sendable>(id: String, authority: String,
                                           _ change: @escaping @Sendable (inout Meeting) throws -> T) async throws -> (Meeting, T) {
        try await transaction(authority: authority) { tables in
            // Locked before it is read: a second writer of this meeting waits here for the first to
            // commit, then reads what the first wrote, so neither's change is lost.
            try await tables.lock(MeetingRow.self, matching: ["id": id], what: "meeting \(id)")
            guard var meeting = try await tables.meetings().first(where: { $0.id == id }) else {
                throw StoreError.notFound("meeting \(id)")
            }
            let result = try change(&meeting)
            guard meeting.id == id else { throw StoreError.duplicate("meeting \(id) renamed \(meeting.id) while it was changed") }
            try Self.requireUnique(meeting.actionsArising.map(\.id), "action arising of meeting \(id):")
            try Self.requireUnique(meeting.recommendations.map(\.id), "recommendation of meeting \(id):")
            try await tables.write(meeting)
            return (meeting, result)
        }
    }
}

extension AuthorityTables {
    /// Writes a meeting and everything in it, inside the caller's transaction.
    func write(_ meeting: Meeting) async throws {
        let id = meeting.id
        guard try await contains(BoardRow.self, matching: ["id": meeting.boardID]) else {
            throw StoreError.notFound("board \(meeting.boardID)")
        }
        try await save(MeetingRow(meeting))
        try await replace(meeting.agenda.enumerated().map { AgendaRow($0.element, meeting: id, seq: $0.offset) }, matching: ["meeting_id": id])
        try await replace(AttendanceRow.rows(of: meeting), matching: ["meeting_id": id])
        try await replace(meeting.resolutions.enumerated().map { ResolutionRow(meetingId: id, seq: $0.offset, text: $0.element) },
                          matching: ["meeting_id": id])
        try await replace(meeting.actionsArising.enumerated().map { ActionArisingRow($0.element, meeting: id, seq: $0.offset) },
                          matching: ["meeting_id": id])
        try await replace(meeting.recommendations.enumerated().map { RecommendationRow($0.element, meeting: id, seq: $0.offset) },
                          matching: ["meeting_id": id])
    }

}

// Sorted here rather than in SQL, as inspections are: the same order on both databases.
extension AuthorityTables {
    /// By id.
    func boards() async throws -> [Board] {
        let members = Dictionary(grouping: try await rows(BoardMemberRow.self), by: \.boardId)
        return try await rows(BoardRow.self).map { try $0.board(members: (members[$0.id] ?? []).map { try $0.member() }) }.sorted { $0.id < $1.id }
    }

    /// By date, then id.
    func meetings() async throws -> [Meeting] {
        let agenda = Dictionary(grouping: try await rows(AgendaRow.self), by: \.meetingId)
        let attendance = Dictionary(grouping: try await rows(AttendanceRow.self), by: \.meetingId)
        let resolutions = Dictionary(grouping: try await rows(ResolutionRow.self), by: \.meetingId)
        let arising = Dictionary(grouping: try await rows(ActionArisingRow.self), by: \.meetingId)
        let recommendations = Dictionary(grouping: try await rows(RecommendationRow.self), by: \.meetingId)
        return try await rows(MeetingRow.self).map { m in
            var meeting = try m.meeting(agenda: (agenda[m.id] ?? []).map { try $0.item() }, attendance: attendance[m.id] ?? [],
                                        resolutions: (resolutions[m.id] ?? []).map(\.text),
                                        actionsArising: (arising[m.id] ?? []).map { try $0.action() })
            meeting.recommendations = try (recommendations[m.id] ?? []).map { try $0.recommendation() }
            return meeting
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}

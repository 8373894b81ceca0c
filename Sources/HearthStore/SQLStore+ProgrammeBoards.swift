import HearthCore
import SQLKit

extension SQLStore {
    public func saveBoard(_ board: Board, authority: String) async throws {
        let row = BoardRow(board)
        let members = board.members.enumerated().map { BoardMemberRow(boardId: board.id, seq: $0.offset, name: $0.element) }
        try await transaction(authority: authority) { tables in
            // The board's row is updated, never deleted: its meetings point at it.
            try await tables.save(row)
            try await tables.replace(members, matching: ["board_id": board.id])
        }
    }

    public func saveMeeting(_ meeting: Meeting, authority: String) async throws {
        try Self.requireUnique(meeting.actionsArising.map(\.id), "action arising of meeting \(meeting.id):")
        let id = meeting.id
        let row = MeetingRow(meeting)
        let agenda = meeting.agenda.enumerated().map { AgendaRow($0.element, meeting: id, seq: $0.offset) }
        let attendance = AttendanceRow.rows(of: meeting)
        let resolutions = meeting.resolutions.enumerated().map { ResolutionRow(meetingId: id, seq: $0.offset, text: $0.element) }
        let arising = meeting.actionsArising.enumerated().map { ActionArisingRow($0.element, meeting: id, seq: $0.offset) }
        try await transaction(authority: authority) { tables in
            guard try await tables.contains(BoardRow.self, matching: ["id": meeting.boardID]) else {
                throw StoreError.notFound("board \(meeting.boardID)")
            }
            try await tables.save(row)
            try await tables.replace(agenda, matching: ["meeting_id": id])
            try await tables.replace(attendance, matching: ["meeting_id": id])
            try await tables.replace(resolutions, matching: ["meeting_id": id])
            try await tables.replace(arising, matching: ["meeting_id": id])
        }
    }
}

// Sorted here rather than in SQL, as inspections are: the same order on both databases.
extension AuthorityTables {
    /// By id.
    func boards() async throws -> [Board] {
        let members = Dictionary(grouping: try await rows(BoardMemberRow.self), by: \.boardId)
        return try await rows(BoardRow.self).map { try $0.board(members: (members[$0.id] ?? []).map(\.name)) }.sorted { $0.id < $1.id }
    }

    /// By date, then id.
    func meetings() async throws -> [Meeting] {
        let agenda = Dictionary(grouping: try await rows(AgendaRow.self), by: \.meetingId)
        let attendance = Dictionary(grouping: try await rows(AttendanceRow.self), by: \.meetingId)
        let resolutions = Dictionary(grouping: try await rows(ResolutionRow.self), by: \.meetingId)
        let arising = Dictionary(grouping: try await rows(ActionArisingRow.self), by: \.meetingId)
        return try await rows(MeetingRow.self).map { m in
            try m.meeting(agenda: (agenda[m.id] ?? []).map { try $0.item() }, attendance: attendance[m.id] ?? [],
                          resolutions: (resolutions[m.id] ?? []).map(\.text),
                          actionsArising: (arising[m.id] ?? []).map { try $0.action() })
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}

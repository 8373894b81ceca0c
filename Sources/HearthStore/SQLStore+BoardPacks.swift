import HearthCore
import SQLKit

extension SQLStore {
    public func packSettings(board: String, authority: String) async throws -> PackSettings? {
        try await read(authority: authority) { tables in
            try await tables.rows(PackSettingsRow.self).first { $0.boardId == board }?.settings()
        }
    }

    public func savePackSettings(_ settings: PackSettings, authority: String) async throws {
        let row = PackSettingsRow(settings)
        try await transaction(authority: authority) { try await $0.save(row) }
    }

    public func packText(meeting: String, authority: String) async throws -> MeetingPackText {
        try await read(authority: authority) { tables in
            try PackTextRow.text(meeting: meeting, try await tables.rows(PackTextRow.self))
        }
    }

    public func savePackText(_ text: MeetingPackText, authority: String) async throws {
        let rows = PackTextRow.rows(text)
        try await transaction(authority: authority) { tables in
            try await tables.replace(rows, matching: ["meeting_id": text.meetingID])
            // The draft changed: what was signed off is no longer what would be issued.
            try await tables.db.raw("""
                DELETE FROM board_pack_signoffs WHERE authority = \(bind: tables.authority) AND meeting_id = \(bind: text.meetingID)
                """).run()
        }
    }
}

import HearthCore

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
        }
    }
}

import HearthCore

// A board's pack settings and a meeting's pack texts (migration 8), written through `AuthorityTables`.

struct PackSettingsRow: KeyedRow {
    static let table = "board_pack_settings"
    static let columns = ["board_id", "sections", "report_to", "reporting_officer", "portfolio", "wards", "purpose", "recommendation"]
    static let key = ["board_id"]

    let boardId: String; let sections: String; let reportTo: String; let reportingOfficer: String; let portfolio: String
    let wards: String; let purpose: String; let recommendation: String

    init(_ s: PackSettings) {
        boardId = s.boardID
        sections = s.sections.map(\.rawValue).joined(separator: ",")
        reportTo = s.reportTo
        reportingOfficer = s.reportingOfficer
        portfolio = s.portfolio
        wards = s.wards
        purpose = s.purpose
        recommendation = s.recommendation
    }

    var values: RowValues { [boardId, sections, reportTo, reportingOfficer, portfolio, wards, purpose, recommendation] }

    func settings() throws -> PackSettings {
        let parts = try sections.split(separator: ",").map { try SQLValue.code(String($0), of: "pack sections of board \(boardId)") as PackSection }
        return PackSettings(boardID: boardId, sections: parts, reportTo: reportTo, reportingOfficer: reportingOfficer,
                            portfolio: portfolio, wards: wards, purpose: purpose, recommendation: recommendation)
    }
}

struct PackTextRow: AuthorityRow {
    static let table = "meeting_pack_texts"
    static let columns = ["meeting_id", "kind", "topic", "body"]
    static let commentary = "commentary"
    static let implication = "implication"
    static let keyMessages = "key-messages"
    static let commentaryFigure = "commentary-figure"

    let meetingId: String; let kind: String; let topic: String; let body: String

    init(meetingId: String, kind: String, topic: String, body: String) {
        self.meetingId = meetingId
        self.kind = kind
        self.topic = topic
        self.body = body
    }

    var values: RowValues { [meetingId, kind, topic, body] }

    static func rows(_ t: MeetingPackText) -> [PackTextRow] {
        t.commentary.sorted { $0.key < $1.key }.map { PackTextRow(meetingId: t.meetingID, kind: commentary, topic: $0.key, body: $0.value) }
            + t.implications.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { PackTextRow(meetingId: t.meetingID, kind: implication, topic: $0.key.rawValue, body: $0.value) }
            + t.keyMessages.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { PackTextRow(meetingId: t.meetingID, kind: keyMessages, topic: $0.key.rawValue, body: $0.value) }
            + t.commentaryFigures.sorted { $0.key < $1.key }
                .map { PackTextRow(meetingId: t.meetingID, kind: commentaryFigure, topic: $0.key, body: $0.value) }
    }

    static func text(meeting: String, _ rows: [PackTextRow]) throws -> MeetingPackText {
        var commentary: [String: String] = [:]
        var implications: [MeetingPackText.Implication: String] = [:]
        var messages: [MeetingPackText.KeyMessageGroup: String] = [:]
        var figures: [String: String] = [:]
        for row in rows where row.meetingId == meeting {
            switch row.kind {
            case Self.commentary: commentary[row.topic] = row.body
            case Self.commentaryFigure: figures[row.topic] = row.body
            case Self.keyMessages: messages[try SQLValue.code(row.topic, of: "key messages of meeting \(meeting)")] = row.body
            case Self.implication: implications[try SQLValue.code(row.topic, of: "implication of meeting \(meeting)")] = row.body
            default: throw StoreError.corrupt("pack text of meeting \(meeting) has kind \(row.kind)")
            }
        }
        return MeetingPackText(meetingID: meeting, commentary: commentary, implications: implications, keyMessages: messages,
                               commentaryFigures: figures)
    }
}

import Foundation
import HearthApplication
import HearthCore
import HearthStore

/// The key messages at the top of the overview: the "so what" of the next meeting of the board
/// the overview follows (the improvement board, else the first board). Those who write the pack
/// read the draft, live, each message linked to its evidence, with a way to reword it (managers);
/// board members, viewers and secretaries read the messages of the latest pack issued to that
/// board, as they went out, and never a draft.
struct OverviewKeyMessages {
    struct Panel {
        let heading: String
        /// Draft or issued, and when.
        let status: String
        let groups: [Group]
        let packHref: String
        let editHref: String?
    }

    struct Group {
        let title: String
        let messages: [Message]
        let empty: String?
    }

    struct Message {
        let text: String
        let href: String?
    }

    let packs: BoardPackService

    func panel(board: Board, meetings: [Meeting], today: Day, role: UserRole?) async throws -> Panel? {
        let held = meetings.filter { $0.boardID == board.id }.sorted { $0.date < $1.date }
        if Access.packWriters.allows(role) {
            guard let meeting = held.first(where: { $0.date >= today }) ?? held.last else { return nil }
            return try await draft(board: board, meeting: meeting, canEdit: Access.planEditors.allows(role))
        }
        for meeting in held.reversed() {
            if let newest = try await packs.issuedVersions(meeting: meeting.id).max(by: { $0.version < $1.version }) {
                return try await issued(board: board, meeting: meeting, record: newest)
            }
        }
        return nil
    }

    private func draft(board: Board, meeting: Meeting, canEdit: Bool) async throws -> Panel {
        let messages = KeyMessages(try await packs.inputs(meeting: meeting.id))
        return Panel(
            heading: "Key messages for the \(board.name) of \(meeting.date.long)",
            status: "Draft: written by Hearth from today's figures and plan" + (messages.groups.contains(where: \.edited) ? ", reworded in part by a manager." : "."),
            groups: messages.groups.map { g in
                Group(title: g.kind.title, messages: g.messages.map { Message(text: $0.text, href: BoardPackController.href($0.evidence, meeting: meeting)) },
                      empty: g.messages.isEmpty ? KeyMessages.none(g.kind) : nil)
            },
            packHref: Site.meetingPack(meeting.id), editHref: canEdit ? Site.meetingPack(meeting.id) + "#key-messages" : nil)
    }

    /// The messages as issued: read back from the frozen pack's JSON, never written afresh.
    private func issued(board: Board, meeting: Meeting, record: IssuedPack.Record) async throws -> Panel? {
        let pack = try await packs.issued(meeting: meeting.id, version: record.version)
        guard let json = pack.files["json"],
              let object = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let sections = object["sections"] as? [[String: Any]],
              let section = sections.first(where: { $0["kind"] as? String == PackSection.keyMessages.rawValue }),
              let blocks = section["blocks"] as? [[String: Any]] else { return nil }
        let titles = Set(MeetingPackText.KeyMessageGroup.allCases.map(\.title))
        var groups: [Group] = []
        var current: String?
        for block in blocks {
            switch block["type"] as? String {
            case "subheading":
                current = (block["text"] as? String).flatMap { titles.contains($0) ? $0 : nil }
            case "bullets":
                if let title = current { groups.append(Group(title: title, messages: (block["items"] as? [String] ?? []).map { Message(text: $0, href: nil) }, empty: nil)) }
                current = nil
            case "paragraph":
                if let title = current { groups.append(Group(title: title, messages: [], empty: block["text"] as? String)) }
                current = nil
            default: break
            }
        }
        return Panel(heading: "Key messages for the \(board.name) of \(meeting.date.long)",
                     status: "As issued (version \(record.version), \(BoardPackController.when(record.issuedAt))).",
                     groups: groups, packHref: Site.meetingPack(meeting.id), editHref: nil)
    }
}

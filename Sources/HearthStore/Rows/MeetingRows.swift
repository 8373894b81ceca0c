import HearthCore

/// A meeting without its lists (agenda, attendance, resolutions, actions arising).
struct MeetingRow: KeyedRow {
    static let table = "meetings"
    static let columns = ["id", "board_id", "date", "minutes"]
    static let key = ["id"]

    let id: String
    let boardId: String
    let date: String
    let minutes: String

    init(_ m: Meeting) {
        id = m.id
        boardId = m.boardID
        date = m.date.iso
        minutes = m.minutes
    }

    var values: RowValues { [id, boardId, date, minutes] }

    func meeting(agenda: [AgendaItem], attendance: [AttendanceRow], resolutions: [String],
                 actionsArising: [ActionArising]) throws -> Meeting {
        Meeting(id: id, boardID: boardId, date: try SQLValue.day(date, of: "meeting \(id)"), agenda: agenda,
                attendees: attendance.filter { $0.present != 0 }.map(\.name),
                apologies: attendance.filter { $0.present == 0 }.map(\.name),
                minutes: minutes, resolutions: resolutions, actionsArising: actionsArising)
    }
}

struct AgendaRow: AuthorityRow {
    static let table = "meeting_agenda"
    static let columns = ["meeting_id", "seq", "title", "presenter", "link_kind", "link_ref"]

    let meetingId: String
    let seq: Int
    let title: String
    let presenter: String
    let linkKind: String
    let linkRef: String?

    init(_ item: AgendaItem, meeting: String, seq: Int) {
        meetingId = meeting
        self.seq = seq
        title = item.title
        presenter = item.presenter
        switch item.link {
        case .none: (linkKind, linkRef) = ("none", nil)
        case .report(let ref): (linkKind, linkRef) = ("report", ref)
        case .planPriority(let ref): (linkKind, linkRef) = ("plan priority", ref)
        case .indicator(let ref): (linkKind, linkRef) = ("indicator", ref)
        }
    }

    var values: RowValues { [meetingId, seq, title, presenter, linkKind, linkRef] }

    func item() throws -> AgendaItem {
        let link: AgendaItem.Link
        switch (linkKind, linkRef) {
        case ("none", nil): link = .none
        case ("report", let ref?): link = .report(ref)
        case ("plan priority", let ref?): link = .planPriority(ref)
        case ("indicator", let ref?): link = .indicator(ref)
        default: throw StoreError.corrupt("agenda link \(linkKind) \(linkRef ?? "") of meeting \(meetingId)")
        }
        return AgendaItem(title: title, presenter: presenter, link: link)
    }
}

/// Who came (`present` 1) and who sent apologies (0), in the order the meeting lists them.
struct AttendanceRow: AuthorityRow {
    static let table = "meeting_attendance"
    static let columns = ["meeting_id", "seq", "name", "present"]

    let meetingId: String
    let seq: Int
    let name: String
    let present: Int

    /// Those present first, then apologies, numbered on from them.
    static func rows(of m: Meeting) -> [AttendanceRow] {
        let names = m.attendees.map { ($0, 1) } + m.apologies.map { ($0, 0) }
        return names.enumerated().map { AttendanceRow(meetingId: m.id, seq: $0.offset, name: $0.element.0, present: $0.element.1) }
    }

    var values: RowValues { [meetingId, seq, name, present] }
}

struct ResolutionRow: AuthorityRow {
    static let table = "meeting_resolutions"
    static let columns = ["meeting_id", "seq", "text"]

    let meetingId: String
    let seq: Int
    let text: String

    var values: RowValues { [meetingId, seq, text] }
}

struct ActionArisingRow: AuthorityRow {
    static let table = "actions_arising"
    static let columns = ["meeting_id", "id", "seq", "text", "owner", "due", "done", "owner_user"]

    let meetingId: String
    let id: String
    let seq: Int
    let text: String
    let owner: String
    let due: String?
    let done: String?
    let ownerUser: String?

    init(_ a: ActionArising, meeting: String, seq: Int) {
        meetingId = meeting
        id = a.id
        self.seq = seq
        text = a.text
        owner = a.owner
        due = SQLValue.day(a.due)
        done = SQLValue.day(a.done)
        ownerUser = a.ownerUser
    }

    var values: RowValues { [meetingId, id, seq, text, owner, due, done, ownerUser] }

    func action() throws -> ActionArising {
        let what = "action arising \(id) of meeting \(meetingId)"
        return ActionArising(id: id, text: text, owner: owner, ownerUser: ownerUser, due: try SQLValue.day(due, of: what),
                             done: try SQLValue.day(done, of: what))
    }
}

import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird

/// Boards and their meetings: agenda, attendance, minutes, resolutions and actions arising.
/// Board members read; the board secretary (and managers) record; managers set boards up.
struct BoardController {
    let programme: ProgrammeService
    let indicators: IndicatorService
    let packs: BoardPackService
    let views: Views

    struct BoardForm: SubmittedForm {
        let name: String?; let kind: String?; let chair: String?; let members: String?; let secretary: String?; let cadence: String?
        let terms: String?; let ended: String?; let successor: String?
        let _csrf: String?
    }
    struct ScheduleForm: SubmittedForm { let date: String?; let _csrf: String? }
    struct AgendaForm: SubmittedForm { let title: String?; let presenter: String?; let link: String?; let report: String?; let _csrf: String? }
    struct MinutesForm: SubmittedForm { let attendees: String?; let apologies: String?; let minutes: String?; let seen: String?; let _csrf: String? }
    struct ResolutionForm: SubmittedForm { let text: String?; let _csrf: String? }
    struct ArisingForm: SubmittedForm { let text: String?; let owner: String?; let owner_user: String?; let due: String?; let _csrf: String? }
    struct DoneForm: SubmittedForm { let meeting: String?; let arising: String?; let back: String?; let confirm: String?; let _csrf: String? }

    func register(_ r: GuardedRouter) {
        r.get(Site.boards, .signedIn) { _, context in try await boardsPage(context) }
        r.post(Site.boards, .planEditors, form: BoardForm.self, done: "Board added.") { form, request, context in
            let existing = try await programme.programme().boards.map(\.id)
            var board = Board(id: FormValues.uniqueID(Self.slug(form.name ?? ""), taken: existing), kind: .improvement, name: "", chair: "")
            try apply(form, to: &board)
            try await programme.saveBoard(board, by: user(context))
            return .redirect(to: Site.board(board.id), type: .normal)
        }
        r.get(Site.board, .signedIn) { _, context in try await boardPage(context) }
        r.post(Site.board, .planEditors, form: BoardForm.self, done: "Board saved.") { form, request, context in
            var board = try await programme.programme().board(context.parameter("id"))
            try apply(form, to: &board)
            try await programme.saveBoard(board, by: user(context))
            return .redirect(to: Site.board(board.id), type: .normal)
        }
        r.post(Site.boardMeetings, .meetingRecorders, form: ScheduleForm.self, done: "Meeting scheduled.") { form, request, context in
            let p = try await programme.programme()
            let board = try p.board(context.parameter("id"))
            guard let date = try FormValues.day(form.date, "meeting date", field: "date") else { throw HTTPError(.badRequest) }
            guard board.isActive(on: date) else {
                throw FormInvalid("\(board.name) ceased on \(board.ended?.long ?? ""): it has no meetings after that", field: "date")
            }
            let id = "\(board.id)-\(date.iso)"
            // A meeting already there is a conflict (409), found by the insert itself.
            try await programme.addMeeting(Meeting(id: id, boardID: board.id, date: date), by: user(context), alreadyThere: "\(board.name) already has a meeting on \(date.long).")
            return .redirect(to: Site.meeting(id), type: .normal)
        }
        r.get(Site.meeting, .signedIn) { _, context in try await meetingPage(context) }
        r.post(Site.meetingAgenda, .meetingRecorders, form: AgendaForm.self, done: "Agenda item added.") { form, request, context in
            let item = AgendaItem(title: try FormValues.text(form.title, "agenda item", field: "title", max: 300),
                                  presenter: try FormValues.text(form.presenter, "presenter", field: "presenter", required: false, max: 200),
                                  link: try await link(form))
            return try await update(context, what: "add agenda item", anchor: "agenda") { $0.agenda.append(item) }
        }
        r.post(Site.meetingMinutes, .meetingRecorders, form: MinutesForm.self, limit: 512 * 1024, done: "Minutes saved.") { form, request, context in
            let minutes = try FormValues.text(form.minutes, "minutes", field: "minutes", required: false, max: 200_000)
            return try await update(context, what: "record minutes", anchor: "minutes") { m in
                try EditStamp.check(form.seen, EditStamp.minutes(m), what: "the minutes or attendance")
                m.attendees = Self.lines(form.attendees)
                m.apologies = Self.lines(form.apologies)
                m.minutes = minutes
            }
        }
        r.post(Site.meetingResolutions, .meetingRecorders, form: ResolutionForm.self, done: "Resolution recorded.") { form, request, context in
            let text = try FormValues.text(form.text, "resolution", field: "text", max: 2000)
            return try await update(context, what: "record resolution", anchor: "resolutions") { $0.resolutions.append(text) }
        }
        r.post(Site.meetingArising, .meetingRecorders, form: ArisingForm.self, done: "Action arising added.") { form, request, context in
            let text = try FormValues.text(form.text, "action", field: "text", max: 1000)
            let owner = try FormValues.text(form.owner, "owner", field: "owner", max: 200)
            let due = try FormValues.day(form.due, "due date", field: "due", required: false)
            let ownerUser = try await programme.owner(named: form.owner_user)
            return try await update(context, what: "record action arising", anchor: "arising") { m in
                let id = FormValues.nextID(m.id + "-a", taken: m.actionsArising.map(\.id))
                m.actionsArising.append(ActionArising(id: id, text: text, owner: owner, ownerUser: ownerUser, due: due))
            }
        }
        r.post(Site.arisingDone, .arisingClosers, form: DoneForm.self, done: "Action arising marked done.") { form, request, context in
            guard let meetingID = form.meeting, let arisingID = form.arising else {
                throw ApplicationError.notFound("There is no such action arising.")
            }
            // The meeting's recorders close any; anyone else only their own.
            let held = try await programme.programme().meeting(meetingID).actionsArising.first { $0.id == arisingID }
            guard Access.mayUpdate(owner: held?.ownerUser, context.user, editors: .meetingRecorders) else {
                throw HTTPError(.forbidden, message: "This action arising is not yours: you may mark done the ones you own (My actions).")
            }
            let back = form.back.flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.meeting(meetingID)
            guard Confirmation.isConfirmed(form.confirm) else {
                let meeting = try await programme.programme().meeting(meetingID)
                guard let arising = meeting.actionsArising.first(where: { $0.id == arisingID }) else {
                    throw ApplicationError.notFound("There is no such action arising.")
                }
                return Confirmation.page(
                    views, context, heading: "Mark this action arising done?",
                    text: "\u{201C}\(arising.text)\u{201D} will be recorded as done today and leave the open actions carried to the next meeting. "
                        + "The board reads it as closed; it cannot be reopened here.",
                    button: "Mark done", action: Site.arisingDone.path,
                    fields: [("meeting", meetingID), ("arising", arisingID), ("back", back)], cancel: back)
            }
            let today = programme.today
            try await programme.updateMeeting(meetingID, by: user(context), what: "complete action arising") { meeting in
                guard let i = meeting.actionsArising.firstIndex(where: { $0.id == arisingID }) else {
                    throw ApplicationError.notFound("There is no such action arising.")
                }
                meeting.actionsArising[i].done = today
            }
            return .redirect(to: back, type: .normal)
        }
    }

    // MARK: pages

    private func boardsPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        return views.response("boards", BoardPages.Boards(
            page: try await chrome("Boards and meetings", context),
            boards: status.programme.boards.map { row($0, status) }, canEdit: Access.planEditors.allows(context.user?.role),
            kindChoices: Board.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) }))
    }

    private func boardPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let board = try status.programme.board(context.parameter("id"))
        let meetings = status.programme.meetings.filter { $0.boardID == board.id }
        let next = status.schedule.nextMeetingDue(board, today: status.today) ?? status.today
        var model = BoardPages.Board(
            page: try await chrome(board.name, context), board: row(board, status), members: board.members.map(\.description),
            secretary: board.secretary.nonEmpty, terms: board.termsOfReference.nonEmpty,
            ended: board.ended.map { "\(board.isActive(on: status.today) ? "Ceases" : "Ceased") \($0.long)" },
            successor: board.succeededBy.flatMap { id in status.programme.boards.first { $0.id == id } }
                .map { BoardPages.Link(title: $0.name, href: Site.board($0.id)) },
            predecessors: status.programme.boards.filter { $0.succeededBy == board.id }.map { BoardPages.Link(title: $0.name, href: Site.board($0.id)) },
            meetings: meetings.reversed().map {
                BoardPages.MeetingRow(id: $0.id, href: Site.meeting($0.id), date: $0.date.long, held: $0.date <= status.today,
                                      resolutions: $0.resolutions.count, arising: $0.actionsArising.count)
            },
            canRecord: Access.meetingRecorders.allows(context.user?.role), meetingDateInput: DateInput("date", id: "mdate", label: "Date of the next meeting", value: next),
            canEdit: Access.planEditors.allows(context.user?.role), packSettingsHref: Site.packSettings(board.id),
            membersText: board.members.map(\.line).joined(separator: "\n"),
            cadenceWeeks: board.cadenceWeeks,
            kindChoices: Board.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == board.kind) },
            endedInput: DateInput("ended", id: "bended", label: "Ceased on (leave blank while it meets)", value: board.ended),
            successorChoices: [Choice(value: "", label: "none", selected: board.succeededBy == nil)]
                + status.programme.boards.filter { $0.id != board.id }.map { Choice(value: $0.id, label: $0.name, selected: $0.id == board.succeededBy) })
        let names = status.programme.boardNames
        model.sent = status.programme.recommendations.filter { $0.meeting.boardID == board.id }
            .map { RecommendationsController.row($0.meeting, $0.recommendation, names: names) }
        model.received = status.programme.recommendations.filter { $0.recommendation.toBoard == board.id }
            .map { RecommendationsController.row($0.meeting, $0.recommendation, names: names) }
        return views.response("board", model)
    }

    private func meetingPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let (meeting, board) = try status.programme.meetingAndBoard(context.parameter("id"))
        let titles = Dictionary(try await indicators.allSummaries().map { ($0.definition.id.rawValue, $0.definition.title) }, uniquingKeysWith: { a, _ in a })
        let priorities = status.plan?.priorities ?? []
        let agenda = meeting.agenda.enumerated().map { n, item -> BoardPages.AgendaRow in
            let (label, href): (String, String) = switch item.link {
            case .none: ("", "")
            case .report(let r): (r, "")
            case .planPriority(let p): ("Plan priority \(p)" + (priorities.first { $0.id == p }.map { ": \($0.title)" } ?? ""), Site.plan.path + "#priority-" + p)
            case .indicator(let i): (titles[i] ?? i, Site.indicator(i))
            }
            return BoardPages.AgendaRow(number: n + 1, title: item.title, presenter: item.presenter.nonEmpty, linkLabel: label.nonEmpty, linkHref: href.nonEmpty)
        }
        let canRecord = Access.meetingRecorders.allows(context.user?.role)
        // What changed since the board last met: the same table the pack carries, suppressed as it is.
        let since = SinceLastMeeting(try await packs.inputs(meeting: meeting.id))
        var choices = [Choice(value: "", label: "nothing", selected: true)]
        choices += priorities.map { Choice(value: "priority:\($0.id)", label: "Plan priority \($0.id): \($0.title)", selected: false) }
        choices += titles.sorted { $0.value < $1.value }.map { Choice(value: "indicator:\($0.key)", label: "Indicator: \($0.value)", selected: false) }
        var model = BoardPages.Meeting(
            page: try await chrome("\(board.name), \(meeting.date.long)", context), id: meeting.id, boardName: board.name,
            boardHref: Site.board(board.id), date: meeting.date.long, held: meeting.date <= status.today,
            packHref: Site.meetingPack(meeting.id), agenda: agenda,
            attendees: meeting.attendees, apologies: meeting.apologies, attendeesText: meeting.attendees.joined(separator: "\n"),
            apologiesText: meeting.apologies.joined(separator: "\n"), minutesHTML: SafeHTML.render(meeting.minutes).nonEmpty,
            minutesText: meeting.minutes, minutesStamp: EditStamp.minutes(meeting), resolutions: meeting.resolutions, hasResolutions: !meeting.resolutions.isEmpty,
            backHref: Site.meeting(meeting.id),
            arising: meeting.actionsArising.map { arisingRow($0, meeting: meeting, today: status.today) },
            carriedForward: status.schedule.carriedForward(to: meeting).filter { $0.done == nil }.map { a in
                let from = status.programme.meetings.first { $0.actionsArising.contains(a) }
                return arisingRow(a, meeting: from ?? meeting, today: status.today)
            },
            canRecord: canRecord, linkChoices: canRecord ? choices : [],
            arisingDueInput: DateInput("due", id: "arising-due", label: "Due"),
            arisingOwnerChoices: Access.meetingRecorders.allows(context.user?.role) ? try await OwnerChoices.make(programme, selected: nil) : [],
            since: since.previous.map { previous in
                BoardPages.Since(
                    date: previous.date.long, asAt: SinceLastMeeting.asAt(previous).long,
                    rows: since.rows.map { .init(title: $0.title, href: Site.indicator($0.id), then: $0.then, now: $0.now, change: $0.change,
                                                 rag: $0.rag, crossed: $0.crossed) },
                    completed: since.completed.map { "\($0.id) \($0.title)" }, slipped: since.slipped.map { "\($0.id) \($0.title) (due \($0.due.long))" })
            })
        // Recommendations this meeting made, and those it takes from other boards (its agenda's).
        let names = status.programme.boardNames
        model.meetingID = meeting.id
        model.made = meeting.recommendations.map { RecommendationsController.row(meeting, $0, names: names) }
        model.received = status.programme.received(at: meeting).map { RecommendationsController.row($0.meeting, $0.recommendation, names: names) }
        // What another board asked is an item of this meeting's agenda, numbered after the ones recorded.
        model.agenda += model.received.enumerated().map { n, r in
            BoardPages.AgendaRow(number: agenda.count + n + 1, title: "\(r.kind) from \(r.from): \(r.text)", presenter: nil,
                                 linkLabel: r.awaiting ? "response due \(r.due)" : r.status, linkHref: "#received-\(r.id)")
        }
        model.addresseeChoices = status.programme.boards.filter { $0.id != board.id && $0.isActive(on: meeting.date) }
            .map { Choice(value: $0.id, label: $0.name, selected: false) } + [Choice(value: "officer", label: "An officer (name below)", selected: false)]
        model.responseChoices = BoardRecommendation.Response.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue.capitalizedFirst, selected: false) }
        return views.response("meeting", model)
    }

    // MARK: helpers

    func row(_ b: Board, _ status: ProgrammeStatus) -> BoardPages.BoardRow {
        let held = status.programme.meetings.filter { $0.boardID == b.id && $0.date <= status.today }
        let next = status.schedule.nextMeetingDue(b, today: status.today)
        let open = status.programme.meetings.filter { $0.boardID == b.id }.flatMap(\.actionsArising).filter { $0.done == nil }.count
        return BoardPages.BoardRow(id: b.id, href: Site.board(b.id), name: b.name, kind: b.kind.rawValue, chair: b.chair,
                                   ceased: b.isActive(on: status.today) ? nil : b.ended?.long,
                                   cadence: "every \(b.cadenceWeeks) weeks", lastMeeting: held.last?.date.long ?? "none yet",
                                   nextDue: next?.long ?? "after its first meeting",
                                   overdueToMeet: status.schedule.boardsOverdueToMeet(today: status.today).contains(b), openArising: open)
    }

    func arisingRow(_ a: ActionArising, meeting: Meeting, today: Day) -> BoardPages.ArisingRow {
        BoardPages.ArisingRow(id: a.id, meetingID: meeting.id, text: a.text, owner: a.owner, due: a.due?.long ?? "no date",
                              done: a.done?.long ?? "", isDone: a.done != nil, overdue: a.done == nil && (a.due.map { $0 < today } ?? false),
                              from: meeting.date.long)
    }

    private func apply(_ form: BoardForm, to board: inout Board) throws {
        board.name = try FormValues.text(form.name, "board's name", field: "name", max: 200)
        board.chair = try FormValues.text(form.chair, "chair", field: "chair", max: 200)
        board.secretary = try FormValues.text(form.secretary, "secretary", field: "secretary", required: false, max: 200)
        board.members = Self.lines(form.members).map(BoardMember.init(line:))
        board.termsOfReference = try FormValues.text(form.terms, "terms of reference", field: "terms", required: false, max: 20_000)
        // Absent from a form that does not ask (the new-board form): the board keeps its life as it was.
        if form.ended != nil { board.ended = try FormValues.day(form.ended, "day it ceased", field: "ended", required: false) }
        // Whether the successor is another board that exists is the service's check (`saveBoard`), for the API too.
        if let successor = form.successor { board.succeededBy = successor.isEmpty ? nil : successor }
        if let k = form.kind, !k.isEmpty { board.kind = try FormValues.choice(k, "kind of board", field: "kind") }
        guard let cadence = Int(form.cadence ?? ""), (1...52).contains(cadence) else {
            throw HTTPError(.badRequest, message: "Enter how many weeks apart the board meets (1 to 52).")
        }
        board.cadenceWeeks = cadence
    }

    private func link(_ form: AgendaForm) async throws -> AgendaItem.Link {
        let value = form.link ?? ""
        if value.hasPrefix("priority:") { return .planPriority(String(value.dropFirst("priority:".count))) }
        if value.hasPrefix("indicator:") {
            let id = String(value.dropFirst("indicator:".count))
            guard try await indicators.summary(id: IndicatorID(id)) != nil else { throw HTTPError(.badRequest, message: "There is no indicator \(id).") }
            return .indicator(id)
        }
        let report = try FormValues.text(form.report, "report", field: "report", required: false, max: 300)
        return report.isEmpty ? .none : .report(report)
    }

    /// Changes the meeting as stored at the moment of the change, so two people recording at once
    /// (one a resolution, the other an action arising) both land.
    private func update(_ context: AppContext, what: String, anchor: String,
                        _ change: @escaping @Sendable (inout Meeting) throws -> Void) async throws -> Response {
        // A meeting that is not there is a 404 from updateMeeting itself.
        let id = context.parameter("id") ?? ""
        try await programme.updateMeeting(id, by: user(context), what: what, change)
        return .redirect(to: Site.meeting(id) + "#" + anchor, type: .normal)
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .programme, authorityName: await indicators.authorityName)
    }

    private func user(_ context: AppContext) -> String { context.user?.name ?? "" }

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { String($0.prefix(200)) }
    }

    static func slug(_ name: String) -> String {
        let s = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { out, c in
            if !(c == "-" && out.hasSuffix("-")) { out.append(c) }
        }
        let trimmed = s.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "board" : String(trimmed.prefix(40))
    }
}

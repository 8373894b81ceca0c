import HearthApplication
import HearthCore
import Hummingbird

/// Recommendations and requests between boards: a meeting records one addressed to another board
/// or an officer; the addressee's meetings list it (the next agenda, and each after until it is
/// answered) with a form for the response; an accepted one is tracked until it is done. Each
/// board's page has the tracker of what it sent and received; the API reads and writes them.
struct RecommendationsController {
    let programme: ProgrammeService

    struct NewForm: SubmittedForm {
        let kind: String?; let text: String?; let to: String?; let officer: String?; let due: String?; let _csrf: String?
    }
    struct ResponseForm: SubmittedForm { let response: String?; let reason: String?; let at: String?; let back: String?; let _csrf: String? }
    struct DoneForm: SubmittedForm { let done: String?; let back: String?; let _csrf: String? }

    struct NewBody: Decodable {
        let kind: BoardRecommendation.Kind
        let text: String
        let toBoard: String?
        let toOfficer: String?
        let due: Day?
    }
    struct ResponseBody: Decodable {
        let response: BoardRecommendation.Response?
        let reason: String?
        let meeting: String?
        let done: Day?
    }
    struct Tracker: Encodable {
        struct Entry: Encodable {
            let meeting: String
            let from: String
            let madeOn: Day
            let recommendation: BoardRecommendation
            let status: BoardRecommendation.Status
        }
        let board: String
        let sent: [Entry]
        let received: [Entry]
    }

    func register(_ r: GuardedRouter) {
        r.post(Site.meetingRecommendations, .meetingRecorders, form: NewForm.self, done: "Recommendation recorded.") { form, _, context in
            let to = (form.to ?? "").trimmingCharacters(in: .whitespaces)
            let officer = try FormValues.text(form.officer, "officer", field: "officer", required: false, max: 200)
            let r = try await add(context.parameter("id") ?? "", kind: try FormValues.choice(form.kind, "kind", field: "kind"),
                                  text: try FormValues.text(form.text, "recommendation", field: "text", max: 2000),
                                  toBoard: to.isEmpty || to == "officer" ? nil : to, toOfficer: to == "officer" ? officer : nil,
                                  due: try FormValues.day(form.due, "due date", field: "due", required: false), by: context.user?.name ?? "")
            return .redirect(to: Site.meeting(context.parameter("id") ?? "") + "#recommendations-" + r.id, type: .normal)
        }
        r.post(Site.recommendationResponse, .meetingRecorders, form: ResponseForm.self, done: "Response recorded.") { form, _, context in
            let reason = try FormValues.text(form.reason, "reason", field: "reason", required: false, max: 2000)
            try await respond(context.parameter("id") ?? "", response: try FormValues.choice(form.response, "response", field: "response"),
                              reason: reason, at: form.at?.nonEmpty, done: nil, by: context.user?.name ?? "")
            return .redirect(to: Self.back(form.back), type: .normal)
        }
        r.post(Site.recommendationDone, .meetingRecorders, form: DoneForm.self, done: "Marked done.") { form, _, context in
            let day = try FormValues.day(form.done, "day it was done", field: "done", required: false) ?? programme.today
            try await respond(context.parameter("id") ?? "", response: nil, reason: nil, at: nil, done: day, by: context.user?.name ?? "")
            return .redirect(to: Self.back(form.back), type: .normal)
        }
        r.post(Site.API.meetingRecommendations, .meetingRecorders) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await JSONBody.decode(NewBody.self, request)
            let r = try await add(context.parameter("id") ?? "", kind: body.kind, text: try FormValues.text(body.text, "text", field: "text", max: 2000),
                                  toBoard: body.toBoard?.nonEmpty, toOfficer: body.toOfficer?.nonEmpty, due: body.due, by: context.user?.name ?? "")
            return JSONResponse.make(r, status: .created)
        }
        r.post(Site.API.recommendationResponse, .meetingRecorders) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await JSONBody.decode(ResponseBody.self, request)
            guard body.response != nil || body.done != nil else { throw FormInvalid("Give the response, or the day it was done", field: "response") }
            let r = try await respond(context.parameter("id") ?? "", response: body.response, reason: body.reason?.nonEmpty, at: body.meeting?.nonEmpty,
                                      done: body.done, by: context.user?.name ?? "")
            return JSONResponse.make(r, status: .created)
        }
        r.get(Site.API.boardRecommendations, .signedIn) { _, context in
            let p = try await programme.programme()
            let board = try p.board(context.parameter("id"))
            let names = p.boardNames
            func entry(_ pair: (meeting: Meeting, recommendation: BoardRecommendation)) -> Tracker.Entry {
                Tracker.Entry(meeting: pair.meeting.id, from: names[pair.meeting.boardID] ?? pair.meeting.boardID, madeOn: pair.meeting.date,
                              recommendation: pair.recommendation, status: pair.recommendation.status)
            }
            return JSONResponse.make(Tracker(board: board.id, sent: p.recommendations.filter { $0.meeting.boardID == board.id }.map(entry),
                                             received: p.recommendations.filter { $0.recommendation.toBoard == board.id }.map(entry)))
        }
    }

    /// Records a recommendation at a meeting, numbered from the meeting as stored now.
    private func add(_ meetingID: String, kind: BoardRecommendation.Kind, text: String, toBoard: String?, toOfficer: String?, due: Day?,
                     by user: String) async throws -> BoardRecommendation {
        let p = try await programme.programme()
        let meeting = try p.meeting(meetingID)
        if let toBoard {
            guard p.boards.contains(where: { $0.id == toBoard }) else { throw FormInvalid("There is no such board", field: "to") }
            guard toBoard != meeting.boardID else { throw FormInvalid("A board's recommendation goes to another board or an officer", field: "to") }
        } else if toOfficer?.isEmpty ?? true {
            throw FormInvalid("Choose the board it goes to, or name the officer", field: "officer")
        }
        return try await programme.updateMeeting(meetingID, by: user, what: "record recommendation") { m in
            let r = BoardRecommendation(id: FormValues.nextID(m.id + "-r", taken: m.recommendations.map(\.id)), kind: kind, text: text,
                                        toBoard: toBoard, toOfficer: toOfficer, due: due)
            m.recommendations.append(r)
            return r
        }
    }

    /// Records the response (at a meeting of the addressee, on its day; else today), or that it was done.
    @discardableResult
    private func respond(_ id: String, response: BoardRecommendation.Response?, reason: String?, at meetingID: String?, done: Day?,
                         by user: String) async throws -> BoardRecommendation {
        let p = try await programme.programme()
        guard let (made, _) = p.recommendation(id) else { throw ApplicationError.notFound("There is no such recommendation.") }
        let answeredAt = try meetingID.map { try p.meeting($0) }
        let today = programme.today
        return try await programme.updateMeeting(made.id, by: user, what: response != nil ? "respond to recommendation" : "recommendation done") { m in
            guard let i = m.recommendations.firstIndex(where: { $0.id == id }) else { throw ApplicationError.notFound("There is no such recommendation.") }
            if let response {
                m.recommendations[i].response = response
                m.recommendations[i].reason = reason
                m.recommendations[i].respondedOn = answeredAt?.date ?? today
                m.recommendations[i].respondedAt = answeredAt?.id
            }
            if let done {
                guard m.recommendations[i].response == .accepted || m.recommendations[i].response == .partlyAccepted else {
                    throw FormInvalid("Only an accepted recommendation can be done", field: "done")
                }
                m.recommendations[i].done = done
            }
            return m.recommendations[i]
        }
    }

    /// Only a programme page of this site is gone back to (`Site.isLocal`, the check every form's return uses).
    static func back(_ value: String?) -> String {
        guard let value, Site.isLocal(value), value.hasPrefix("/programme/") else { return Site.boards.path }
        return value
    }

    /// Rows of the meeting page and the board's tracker.
    static func row(_ made: Meeting, _ r: BoardRecommendation, names: [String: String]) -> BoardPages.RecommendationRow {
        let css = switch r.status {
        case .awaitingResponse: "rag-amber"
        case .inProgress: "tag-blue"
        case .done: "rag-complete"
        case .rejected: "tag-grey"
        }
        return BoardPages.RecommendationRow(
            id: r.id, kind: r.kind.rawValue.capitalizedFirst, text: r.text, from: "\(names[made.boardID] ?? made.boardID), \(made.date.long)",
            to: BoardRecommendationText.addressee(r, names), due: r.due?.long ?? "–", status: BoardRecommendationText.response(r), statusCSS: css,
            awaiting: r.status == .awaitingResponse, inProgress: r.status == .inProgress, fromHref: Site.meeting(made.id))
    }
}

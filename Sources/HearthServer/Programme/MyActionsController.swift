import Foundation
import HearthApplication
import HearthCore
import HearthStore
import Hummingbird

/// "My actions": what the signed-in user owns (plan actions and actions arising), with a form to
/// report progress on each; their calendar file; and the outbox of the daily digest. The plan's
/// editors see every owner's messages and can make the day's digest at once; anyone else sees
/// their own. Nothing here holds a child's data.
struct MyActionsController {
    let programme: ProgrammeService
    let digests: DigestService
    let indicators: IndicatorService
    let views: Views
    /// When the server makes the day's digest, in words ("07:00"), or nil when it does not.
    let digestTime: String?

    struct ProgressBody: Decodable { let text: String; let status: PlanAction.Status? }

    func register(_ r: GuardedRouter) {
        r.get(Site.myActions, .signedIn) { _, context in try await minePage(context) }
        r.get(Site.myActionsCalendar, .signedIn) { _, context in
            calendar(try await digests.calendar(for: context.userName), name: "hearth-my-actions.ics")
        }
        r.get(Site.outbox, .signedIn) { _, context in try await outboxPage(context) }
        r.post(Site.outboxRun, .planEditors, form: RunForm.self, done: "Today's digest made: each owner with actions overdue or due soon has a message, sent where they have an address and a mail relay is set.") { _, _, context in
            let run = try await digests.run()
            try await programme.recordAudit(by: context.userName, action: "make digest",
                                            subject: "\(run.day.iso): \(run.queued.count) made, \(run.sent) sent, \(run.failed.count) not sent")
            return .redirect(to: Site.outbox.path, type: .normal)
        }
        r.get(Site.outboxMessage, .signedIn) { _, context in
            let m = try await message(context)
            return views.response("outbox-message", MyActionsPages.Message(
                page: PageChrome(title: m.subject, context: context, section: .programme, authorityName: await indicators.authorityName),
                row: MyActionsPages.MessageRow(m, today: programme.today), body: m.body))
        }
        r.get(Site.outboxCalendar, .signedIn) { _, context in
            calendar(try await message(context).calendar, name: "hearth-actions.ics")
        }
        r.get(Site.API.myActions, .signedIn) { _, context in
            let owned = try await digests.owned(by: context.userName)
            let today = programme.today
            return JSONResponse.make(MyActionsAPI.Mine(user: owned.user, items: owned.items.map { MyActionsAPI.Item($0, today: today) }))
        }
        r.get(Site.API.outbox, .signedIn) { _, context in
            let all = Access.planEditors.allows(context.user?.role)
            return JSONResponse.make(try await digests.outbox(recipient: all ? nil : context.userName).map(MyActionsAPI.Message.init))
        }
        r.post(Site.API.actionProgress, .ownActions) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            // Refused before the body is read: someone else's action is not theirs to report on.
            let owner = ActionOwnership(actionID: context.parameter("id") ?? "", user: context.user)
            try await owner.require(programme)
            let body = try await JSONBody.decode(ProgressBody.self, request)
            let text = try FormValues.text(body.text, "progress note", field: "text")
            let action = try await programme.addProgress(to: owner.actionID, text: text, status: body.status, by: context.userName,
                                                         may: owner.may, refused: owner.refused)
            return JSONResponse.make(action, status: .created)
        }
    }

    struct RunForm: SubmittedForm { let _csrf: String? }

    private func minePage(_ context: AppContext) async throws -> Response {
        let owned = try await digests.owned(by: context.userName)
        let today = programme.today
        let items = owned.items.map { MyActionsPages.Item($0, today: today) }
        let (overdue, soon) = owned.digest(today: today)
        return views.response("my-actions", MyActionsPages.Mine(
            page: PageChrome(title: "My actions", context: context, section: .mine, authorityName: await indicators.authorityName),
            user: owned.user, open: items.filter(\.open), done: items.filter { !$0.open }, hasAny: !items.isEmpty,
            overdueCount: overdue.count, dueSoonCount: soon.count, horizon: OwnedActions.digestHorizon,
            calendarHref: Site.myActionsCalendar.path, outboxHref: Site.outbox.path))
    }

    private func outboxPage(_ context: AppContext) async throws -> Response {
        let all = Access.planEditors.allows(context.user?.role)
        let today = programme.today
        let messages = try await digests.outbox(recipient: all ? nil : context.userName).map { MyActionsPages.MessageRow($0, today: today) }
        return views.response("outbox", MyActionsPages.Outbox(
            page: PageChrome(title: "Digest outbox", context: context, section: .mine, authorityName: await indicators.authorityName),
            messages: messages, hasMessages: !messages.isEmpty, everyone: all, canRun: all, sends: digests.sends,
            digestTime: digestTime ?? ""))
    }

    /// A message the user may read: their own, or any for the plan's editors. Someone else's is
    /// answered as if it were not there.
    private func message(_ context: AppContext) async throws -> OutboxMessage {
        guard let id = context.parameter("id").flatMap(Int.init) else { throw ApplicationError.notFound("The outbox has no such message.") }
        let m = try await digests.message(id)
        guard Access.planEditors.allows(context.user?.role) || m.recipient == context.userName else {
            throw ApplicationError.notFound("The outbox has no message \(id).")
        }
        return m
    }

    private func calendar(_ text: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The JSON of "My actions" and the outbox.
enum MyActionsAPI {
    struct Item: Encodable {
        let kind: String
        let id: String
        let title: String
        let context: String
        let meeting: String?
        let meetingDate: Day?
        let due: Day?
        let open: Bool
        let status: String
        let overdue: Bool

        init(_ i: OwnedActions.Item, today: Day) {
            kind = i.kind == .planAction ? "action" : "arising"
            id = i.id
            title = i.title
            context = i.context
            meeting = i.meetingID
            meetingDate = i.meetingDate
            due = i.due
            open = i.open
            status = i.status
            overdue = i.isOverdue(today: today)
        }
    }

    struct Mine: Encodable {
        let user: String
        let items: [Item]
    }

    /// A message without its address (personal data the list does not need).
    struct Message: Encodable {
        let id: Int
        let day: String
        let recipient: String
        let subject: String
        let items: Int
        let hasAddress: Bool
        let sentAt: Date?
        let attempts: Int
        let lastError: String?

        init(_ m: OutboxMessage) {
            id = m.id
            day = m.day
            recipient = m.recipient
            subject = m.subject
            items = m.items
            hasAddress = m.address != nil
            sentAt = m.sentAt
            attempts = m.attempts
            lastError = m.lastError
        }
    }
}

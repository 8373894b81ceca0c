import Foundation
import HearthApplication
import HearthCore
import HearthStore

/// The page models of "My actions" and the outbox.
enum MyActionsPages {
    struct Item {
        let kind: String
        let id: String
        let title: String
        let href: String
        let context: String
        let due: String
        let overdue: Bool
        let dueSoon: Bool
        let status: String
        /// Not complete (a plan action) or not done (an action arising).
        let open: Bool
        let isPlanAction: Bool
        let meetingID: String
        /// The status the progress form starts at (the action's own).
        let statusChoices: [Choice]

        init(_ i: OwnedActions.Item, today: Day) {
            kind = i.kind.rawValue
            id = i.id
            title = i.title
            href = i.kind == .planAction ? Site.action(i.id) : Site.meeting(i.meetingID ?? "") + "#arising"
            context = i.context + (i.meetingDate.map { ", meeting of \($0.long)" } ?? "")
            due = i.due?.long ?? "no date"
            overdue = i.isOverdue(today: today)
            dueSoon = i.isDueSoon(today: today, horizon: OwnedActions.digestHorizon)
            status = i.status
            open = i.open
            isPlanAction = i.kind == .planAction
            meetingID = i.meetingID ?? ""
            statusChoices = i.kind == .planAction
                ? PlanAction.Status.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == i.status) } : []
        }
    }

    struct Mine {
        let page: PageChrome
        let user: String
        let open: [Item]
        let done: [Item]
        let hasAny: Bool
        let overdueCount: Int
        let dueSoonCount: Int
        let horizon: Int
        let calendarHref: String
        let outboxHref: String
    }

    struct MessageRow {
        let id: Int
        let day: String
        let recipient: String
        let subject: String
        let items: Int
        let state: String
        let sent: Bool
        let href: String
        let calendarHref: String

        init(_ m: OutboxMessage, today: Day) {
            id = m.id
            day = Day(iso: m.day)?.long ?? m.day
            recipient = m.recipient
            subject = m.subject
            items = m.items
            state = Self.state(m, today: today)
            sent = m.sentAt != nil
            href = Site.outboxMessage(String(m.id))
            calendarHref = Site.outboxCalendar(String(m.id))
        }

        /// Where the message stands, in words (the address itself is not shown).
        static func state(_ m: OutboxMessage, today: Day) -> String {
            if let sent = m.sentAt { return "sent by e-mail \(sent.formatted(.iso8601.year().month().day())) \(sent.formatted(.iso8601.time(includingFractionalSeconds: false))) UTC" }
            if m.address == nil { return "in the outbox only: no e-mail address" }
            if m.attempts == 0, let day = Day(iso: m.day), day < today { return "in the outbox only: not sent on its day (no mail relay then)" }
            if let error = m.lastError {
                return "not sent after \(m.attempts) attempt\(m.attempts == 1 ? "" : "s")"
                    + (m.attempts >= DigestService.maxAttempts ? " (no more will be made)" : "") + ": \(error)"
            }
            return "waiting to be sent"
        }
    }

    struct Outbox {
        let page: PageChrome
        let messages: [MessageRow]
        let hasMessages: Bool
        /// Every owner's messages (the plan's editors), or the user's own.
        let everyone: Bool
        let canRun: Bool
        let sends: Bool
        let digestTime: String
    }

    struct Message {
        let page: PageChrome
        let row: MessageRow
        let body: String
    }
}

/// The actions one user owns: the plan's actions (of the latest version, the one being kept up to
/// date) and the actions arising of every board's meetings whose `ownerUser` is that user. It is
/// what "My actions" lists, what the daily digest sends, and what the calendar file holds.
public struct OwnedActions: Sendable, Equatable {
    /// One owned thing with a due date: a plan action or an action arising.
    public struct Item: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case planAction = "plan action"
            case arising = "action arising"
        }

        public let kind: Kind
        public let id: String
        public let title: String
        /// The board's meeting an action arising came from (nil for a plan action).
        public let meetingID: String?
        /// Where it came from, as a person reads it: "Priority P1: Workforce", or the board's name
        /// (with `meetingDate`, the day of the meeting that asked for it).
        public let context: String
        public let meetingDate: Day?
        public let due: Day?
        /// Open: a plan action not complete, an action arising not done.
        public let open: Bool
        /// Blocked or not started, for a plan action; empty for an action arising.
        public let status: String

        public init(kind: Kind, id: String, title: String, meetingID: String?, context: String, meetingDate: Day? = nil, due: Day?,
                    open: Bool, status: String) {
            self.kind = kind
            self.id = id
            self.title = title
            self.meetingID = meetingID
            self.context = context
            self.meetingDate = meetingDate
            self.due = due
            self.open = open
            self.status = status
        }

        /// Open and past its due date on `today`.
        public func isOverdue(today: Day) -> Bool { open && (due.map { $0 < today } ?? false) }

        /// Open and due from `today` to `horizon` days after it.
        public func isDueSoon(today: Day, horizon: Int) -> Bool {
            guard open, let due else { return false }
            return due >= today && today.days(to: due) <= horizon
        }
    }

    public let user: String
    /// Open items first, each group by due date (undated last), then id.
    public let items: [Item]

    /// Days ahead the digest looks: the window in which a not-started plan action turns amber
    /// (`ActionRAGRule.amberWindow`), so the owner hears of it when a board would see it change.
    public static let digestHorizon = ActionRAGRule().amberWindow

    public init(user: String, programme: Programme) {
        self.user = user
        let plan = programme.currentPlan
        let priorities = Dictionary((plan?.priorities ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let boards = programme.boardNames
        let planItems = (plan?.actions ?? []).filter { $0.ownerUser == user }.map { a in
            Item(kind: .planAction, id: a.id, title: a.title, meetingID: nil,
                 context: "Priority \(a.priorityID)" + (priorities[a.priorityID].map { ": \($0)" } ?? ""),
                 due: a.due, open: a.status != .complete, status: a.status.rawValue)
        }
        let arising = programme.meetings.flatMap { m in
            m.actionsArising.filter { $0.ownerUser == user }.map { a in
                Item(kind: .arising, id: a.id, title: a.text, meetingID: m.id,
                     context: boards[m.boardID] ?? m.boardID, meetingDate: m.date, due: a.due, open: a.done == nil,
                     status: a.done == nil ? "open" : "done")
            }
        }
        items = (planItems + arising).sorted { a, b in
            if a.open != b.open { return a.open }
            let ad = a.due?.ordinal ?? .max, bd = b.due?.ordinal ?? .max
            return ad != bd ? ad < bd : a.id < b.id
        }
    }

    /// What the daily digest says to this owner on `today`: open items overdue, then due within
    /// the horizon. Empty when there is nothing to say (no message is sent).
    public func digest(today: Day, horizon: Int = OwnedActions.digestHorizon) -> (overdue: [Item], dueSoon: [Item]) {
        (items.filter { $0.isOverdue(today: today) }, items.filter { $0.isDueSoon(today: today, horizon: horizon) })
    }

    /// Every user who owns at least one plan action or action arising, sorted.
    public static func owners(in programme: Programme) -> [String] {
        let plan = (programme.currentPlan?.actions ?? []).compactMap(\.ownerUser)
        let arising = programme.meetings.flatMap(\.actionsArising).compactMap(\.ownerUser)
        return Set(plan + arising).filter { !$0.isEmpty }.sorted()
    }
}

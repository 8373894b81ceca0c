/// What a board has to look at: when it should next meet, the actions arising carried forward
/// to a meeting, and what is overdue across every board.
public struct BoardSchedule: Sendable {
    public let boards: [Board]
    public let meetings: [Meeting]

    public init(boards: [Board], meetings: [Meeting]) {
        self.boards = boards
        self.meetings = meetings.sorted { $0.date < $1.date }
    }

    /// The board's last meeting plus its cadence; nil before its first meeting. Given `today`,
    /// a meeting already scheduled on or after it is the next one, and the cadence runs from the
    /// last meeting held.
    public func nextMeetingDue(_ board: Board, today: Day? = nil) -> Day? {
        let own = meetings.filter { $0.boardID == board.id }
        if let today, let scheduled = own.first(where: { $0.date >= today }) { return scheduled.date }
        return own.last.map { ProgrammeDeadlines.nextMeetingDue(lastMeeting: $0.date, cadenceWeeks: board.cadenceWeeks) }
    }

    /// Actions arising from the board's earlier meetings still open on the day of `meeting`.
    public func carriedForward(to meeting: Meeting) -> [ActionArising] {
        meetings.filter { $0.boardID == meeting.boardID && $0.date < meeting.date }
            .flatMap(\.actionsArising)
            .filter { a in a.done.map { $0 > meeting.date } ?? true }
    }

    public struct Overdue: Sendable, Equatable {
        public let board: Board
        public let meeting: Meeting
        public let action: ActionArising
    }

    /// Every open action arising past its due date, across boards, oldest due first.
    public func overdue(today: Day) -> [Overdue] {
        let byID = Dictionary(boards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return meetings.flatMap { m in
            m.actionsArising.compactMap { a -> Overdue? in
                guard let due = a.due, due < today, a.done == nil, let board = byID[m.boardID] else { return nil }
                return Overdue(board: board, meeting: m, action: a)
            }
        }.sorted { ($0.action.due ?? today, $0.action.id) < ($1.action.due ?? today, $1.action.id) }
    }

    /// Boards whose next meeting is due before `today` and not yet held.
    public func boardsOverdueToMeet(today: Day) -> [Board] {
        // A board that has ceased is not late: it no longer meets.
        boards.filter { b in b.isActive(on: today) && (nextMeetingDue(b).map { $0 < today } ?? false) }.sorted { $0.id < $1.id }
    }
}

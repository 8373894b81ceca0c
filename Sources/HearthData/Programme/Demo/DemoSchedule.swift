import HearthCore

/// When each board met, at its cadence, from after the notice to today, and when the improvement
/// board meets next. Counted back from today so the demo is always current: the improvement
/// board's next meeting falls a week or two after today, the others met within the last weeks.
struct DemoSchedule: Sendable {
    /// Dates each board met, oldest first, by board id.
    let held: [String: [Day]]
    let nextImprovementBoard: Day

    init(timeline: DemoTimeline) {
        let today = timeline.today, calendar = timeline.calendar
        nextImprovementBoard = Self.free(DemoTimeline.weekday(2, onOrAfter: today.adding(days: 7)), calendar,
                                        within: today.adding(days: 1)...today.adding(years: 1))
        // The last meeting of each board: counted so the next one is not yet due on `today`.
        let last: [(Board, Day)] = [
            (DemoBoards.improvement, nextImprovementBoard.adding(days: -7 * DemoBoards.improvement.cadenceWeeks)),
            (DemoBoards.scrutiny, DemoTimeline.weekday(4, onOrBefore: today.adding(days: -20))),
            (DemoBoards.corporateParenting, DemoTimeline.weekday(3, onOrBefore: today.adding(days: -9))),
        ]
        var held: [String: [Day]] = [:]
        for (board, lastNominal) in last {
            var dates: [Day] = []
            var nominal = lastNominal
            while nominal > timeline.notice {
                let d = Self.free(nominal, calendar, within: timeline.notice...today.adding(days: -1))
                if d > timeline.notice && d < today { dates.append(d) }
                nominal = nominal.adding(days: -7 * board.cadenceWeeks)
            }
            held[board.id] = dates.reversed()
        }
        self.held = held
    }

    func dates(of board: Board) -> [Day] { held[board.id] ?? [] }

    /// The first improvement board on or after `day`, before today.
    func improvementBoard(onOrAfter day: Day) -> Day? {
        dates(of: DemoBoards.improvement).first { $0 >= day }
    }

    /// No board meets on a bank holiday or between Christmas and New Year: such a meeting moves a
    /// week later or, failing that, a week earlier, staying within `range` (past meetings stay past).
    static func free(_ day: Day, _ calendar: WorkingDayCalendar, within range: ClosedRange<Day>) -> Day {
        func ok(_ d: Day) -> Bool {
            calendar.isWorkingDay(d) && !(d.month == 12 && d.dayOfMonth >= 22) && !(d.month == 1 && d.dayOfMonth <= 3) && range.contains(d)
        }
        return [0, 7, -7, 14, -14].lazy.map { day.adding(days: $0) }.first(where: ok) ?? day
    }
}

import HearthCore

/// Every meeting of the demonstration's boards: those held from after the notice to today, with
/// agenda, attendance, minutes, resolutions and actions arising, and the improvement board's next
/// meeting with its agenda only.
struct DemoMeetings: Sendable {
    /// What a meeting knows about the programme on its day.
    struct Context: Sendable {
        let board: Board
        /// Position among the board's meetings, 0 for the first.
        let index: Int
        /// How many meetings the board has held up to today.
        let heldCount: Int
        let date: Day
        let previous: Day?
        let next: Day
        let held: Bool
        let timeline: DemoTimeline
        let progress: DemoPlanBuilder.Progress
        /// Complete and total actions for children in care and care leavers (P4, P5).
        let careActions: (complete: Int, total: Int)
        /// Notice reviews since the last meeting: their position (0 = six-month) and date.
        let reviews: [(index: Int, date: Day)]
        let monitoringVisitReported: Bool
        let firstPlanSent: Bool
        let refreshEndorsed: Bool
        let refreshApproved: Day
        let refreshChanges: (closed: Int, redated: Int, added: Int)
        /// The action the board set amber by hand, when this is the meeting that agreed it.
        let overridden: PlanAction?
        /// The action that answers the monitoring visit.
        let monitoringVisitAction: String
        /// DfE's next review of the notice after today.
        let nextNoticeReview: Day?

        var isFirst: Bool { index == 0 }
        var today: Day { timeline.today }
    }

    let timeline: DemoTimeline
    let schedule: DemoSchedule
    let plan: DemoPlanBuilder
    let notice: Intervention

    func make() -> [Meeting] {
        var meetings: [Meeting] = []
        for board in DemoBoards.all {
            let dates = schedule.dates(of: board)
            for (i, date) in dates.enumerated() {
                let next = i + 1 < dates.count ? dates[i + 1]
                    : board.id == DemoBoards.improvement.id ? schedule.nextImprovementBoard
                    : ProgrammeDeadlines.nextMeetingDue(lastMeeting: date, cadenceWeeks: board.cadenceWeeks)
                let c = context(board, index: i, heldCount: dates.count, date: date, previous: i > 0 ? dates[i - 1] : nil, next: next, held: true)
                meetings.append(held(c))
            }
        }
        let ib = DemoBoards.improvement, dates = schedule.dates(of: ib)
        let upcoming = context(ib, index: dates.count, heldCount: dates.count, date: schedule.nextImprovementBoard, previous: dates.last,
                               next: ProgrammeDeadlines.nextMeetingDue(lastMeeting: schedule.nextImprovementBoard, cadenceWeeks: ib.cadenceWeeks),
                               held: false)
        meetings.append(Meeting(id: Self.id(ib, upcoming.date), boardID: ib.id, date: upcoming.date, agenda: DemoAgenda.items(upcoming)))
        return meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    static func id(_ board: Board, _ date: Day) -> String { "\(board.id)-\(date.iso)" }

    private func held(_ c: Context) -> Meeting {
        // One or two members send apologies, a different few each time, never those presenting.
        let agenda = DemoAgenda.items(c)
        let presenters = Set(agenda.map(\.presenter))
        let absentees = c.board.members.map(\.name).filter { !presenters.contains($0) }
        var apologies: [String] = []
        if !absentees.isEmpty {
            apologies.append(absentees[(c.index * 3 + 1) % absentees.count])
            let second = absentees[(c.index * 5 + 4) % absentees.count]
            if c.index % 3 != 1, second != apologies[0] { apologies.append(second) }
        }
        let attendees = [c.board.chair] + c.board.members.map(\.name).filter { !apologies.contains($0) } + [c.board.secretary]
        let id = Self.id(c.board, c.date)
        return Meeting(id: id, boardID: c.board.id, date: c.date, agenda: agenda, attendees: attendees,
                       apologies: apologies, minutes: DemoMinutes.text(c), resolutions: DemoMinutes.resolutions(c),
                       actionsArising: DemoArising.make(c, meetingID: id))
    }

    private func context(_ board: Board, index: Int, heldCount: Int, date: Day, previous: Day?, next: Day, held: Bool) -> Context {
        let since = previous ?? timeline.notice
        func happened(_ d: Day) -> Bool { d > since && d <= date }
        let now = plan.actions(inForceOn: date).filter { ["P4", "P5"].contains($0.priorityID) }
        let overridden = plan.current.first { $0.override != nil }
        return Context(
            board: board, index: index, heldCount: heldCount, date: date, previous: previous, next: next, held: held, timeline: timeline,
            progress: plan.progress(on: date), careActions: (now.filter { $0.status == .complete }.count, now.count),
            reviews: notice.reviewDates(until: timeline.today).enumerated().filter { happened($0.element) }.map { ($0.offset, $0.element) },
            monitoringVisitReported: happened(timeline.monitoringVisitPublished), firstPlanSent: happened(timeline.firstPlanApproved),
            refreshEndorsed: happened(plan.refreshApproved), refreshApproved: plan.refreshApproved, refreshChanges: plan.refreshChanges,
            overridden: board.id == DemoBoards.improvement.id && date == plan.overrideAgreed ? overridden : nil,
            monitoringVisitAction: plan.current.first { $0.findingIDs.contains("MV1") }?.id ?? "",
            nextNoticeReview: notice.nextReview(after: timeline.today))
    }
}

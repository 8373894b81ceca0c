import Testing
@testable import HearthCore

@Suite struct BoardScheduleTests {
    let improvement = Board(id: "ib", kind: .improvement, name: "Improvement board", chair: "DfE adviser", cadenceWeeks: 12)
    let parenting = Board(id: "cpb", kind: .corporateParenting, name: "Corporate parenting board", chair: "Lead member", cadenceWeeks: 8)

    func day(_ s: String) -> Day { Day(iso: s)! }

    var meetings: [Meeting] {
        [
            Meeting(id: "ib-1", boardID: "ib", date: day("2025-01-14"), resolutions: ["That the report be noted"], actionsArising: [
                ActionArising(id: "AA1", text: "Report agency spend by team", owner: "Finance", due: day("2025-02-28")),
                ActionArising(id: "AA2", text: "Audit of strategy meetings", owner: "PSW", due: day("2025-03-31"), done: day("2025-03-20")),
            ]),
            Meeting(id: "ib-2", boardID: "ib", date: day("2025-04-08"), actionsArising: [
                ActionArising(id: "AA3", text: "Dip sample of ICPC timeliness", owner: "QA lead", due: day("2025-05-30")),
            ]),
            Meeting(id: "cpb-1", boardID: "cpb", date: day("2025-02-03"), actionsArising: [
                ActionArising(id: "CA1", text: "Health assessment backlog plan", owner: "Designated nurse", due: day("2025-03-01")),
            ]),
        ]
    }

    @Test func openActionsAreCarriedForwardUntilDone() throws {
        let schedule = BoardSchedule(boards: [improvement, parenting], meetings: meetings)
        let second = try #require(meetings.first { $0.id == "ib-2" })
        // AA2 was done before the second meeting; AA1 is still open; the other board's actions stay with it.
        #expect(schedule.carriedForward(to: second).map(\.id) == ["AA1"])
    }

    @Test func overdueAcrossBoardsOldestFirst() {
        let schedule = BoardSchedule(boards: [improvement, parenting], meetings: meetings)
        let overdue = schedule.overdue(today: day("2025-06-02"))
        #expect(overdue.map(\.action.id) == ["AA1", "CA1", "AA3"])
        #expect(overdue.map(\.board.id) == ["ib", "cpb", "ib"])
    }

    @Test func nextMeetingFollowsTheCadence() {
        let schedule = BoardSchedule(boards: [improvement, parenting], meetings: meetings)
        // 8 Apr + 12 weeks = 1 Jul; 3 Feb + 8 weeks = 31 Mar.
        #expect(schedule.nextMeetingDue(improvement) == day("2025-07-01"))
        #expect(schedule.nextMeetingDue(parenting) == day("2025-03-31"))
        #expect(schedule.boardsOverdueToMeet(today: day("2025-06-02")).map(\.id) == ["cpb"])
    }

    @Test func aMeetingAlreadyScheduledIsTheNextOneDue() {
        // ib last met on 8 April 2025; 12 weeks on is 1 July. With a meeting booked for 24 June, that is next.
        let booked = Meeting(id: "ib-3", boardID: "ib", date: day("2025-06-24"))
        let schedule = BoardSchedule(boards: [improvement], meetings: meetings + [booked])
        #expect(schedule.nextMeetingDue(improvement, today: day("2025-05-01")) == day("2025-06-24"))
        // Without a day to judge by, the cadence runs from the last meeting in the list.
        #expect(BoardSchedule(boards: [improvement], meetings: meetings).nextMeetingDue(improvement) == day("2025-07-01"))
    }
}

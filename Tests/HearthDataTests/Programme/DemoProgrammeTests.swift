import HearthCore
import Testing
@testable import HearthData

@Suite struct DemoProgrammeTests {
    static let today = Day(iso: "2026-11-23")!
    static let halton = DemoProgramme.make(authority: "876", today: today)

    func day(_ s: String) -> Day { Day(iso: s)! }

    /// The inspection the plan answers: the one carrying the findings F1….
    func answered(_ p: Programme) throws -> Inspection {
        try #require(p.inspections.first { $0.findings.contains { $0.id == "F1" } })
    }

    func notice(_ p: Programme) throws -> Intervention {
        try #require(p.interventions.first { $0.kind == .improvementNotice })
    }

    @Test func haltonsRealRecordCarriesTheFindingsAndAMadeUpMonitoringVisit() throws {
        // Given Halton's real record (RI in March 2020, inadequate in May 2024)
        let p = Self.halton
        // Then the real inspections are there, the findings on the 2024 one
        let real = p.inspections.filter { $0.id.hasPrefix("ofsted-") }
        #expect(real.map(\.startDate.iso) == ["2020-03-02", "2024-05-13"])
        let inspection = try answered(p)
        #expect(inspection.startDate == day("2024-05-13"))
        #expect(inspection.publishedDate == day("2024-07-12"))
        #expect(inspection.overallEffectiveness == .inadequate)
        // And a demonstration monitoring visit about 8 months after the notice, with one priority action and no report
        let visit = try #require(p.inspections.first { $0.kind == .monitoringVisit })
        #expect(visit.id.contains("demonstration"))
        #expect(visit.reportURL == nil)
        #expect(visit.findings.map(\.kind) == [.areaForPriorityAction])
        let months = try notice(p).issued.days(to: visit.startDate)
        #expect((225...260).contains(months))
        #expect(p.plans.allSatisfy { $0.title.contains("(demonstration)") })
        #expect(p.interventions.allSatisfy { $0.outcome?.contains("Demonstration") == true })
    }

    @Test func countsAreInRange() throws {
        let p = Self.halton
        let plan = try #require(p.currentPlan)
        let findings = try answered(p).findings
        #expect(p.plans.map(\.version) == [1, 2])
        #expect(plan.priorities.count == 6)
        #expect((35...45).contains(plan.actions.count))
        #expect(findings.count >= 10)
        #expect((2...3).contains(findings.filter { $0.kind == .areaForPriorityAction }.count))
        #expect((2...3).contains(findings.filter { $0.kind == .strength }.count))
        #expect(findings.filter { $0.kind == .recommendation }.count >= 5)
        #expect(plan.priorities.allSatisfy { !$0.lead.isEmpty && !plan.actions(of: $0).isEmpty })
        #expect(Set(plan.actions.map(\.id)).count == plan.actions.count)
    }

    @Test func theSameInputsGiveTheSameProgramme() {
        #expect(DemoProgramme.make(authority: "876", today: Self.today) == Self.halton)
        #expect(DemoProgramme.make(authority: "876", today: Self.today.adding(days: 1)) != Self.halton)
    }

    @Test func everyActionTracesToFindingsButOneAndOneFindingIsUnanswered() throws {
        let p = Self.halton
        let known = Set(p.findings.map(\.id))
        for plan in p.plans {
            for a in plan.actions { #expect(a.findingIDs.allSatisfy(known.contains), "\(a.id) names a finding not on the record") }
        }
        let plan = try #require(p.currentPlan)
        let coverage = PlanCoverage(findings: p.findings, actions: plan.actions, offTrajectory: [], today: Self.today)
        #expect(coverage.unansweredFindings.count == 1)
        #expect(coverage.unansweredFindings.first?.kind == .recommendation)
        #expect(coverage.actionsWithoutFinding.count == 1)
        #expect(coverage.actionsWithoutFinding.first?.findingIDs == [])
        // The monitoring visit's priority action is answered.
        #expect(plan.actions.contains { $0.findingIDs.contains("MV1") })
    }

    @Test func actionsShowEveryRAGOnTheDay() throws {
        let plan = try #require(Self.halton.currentPlan)
        let rule = ActionRAGRule()
        let rags = plan.actions.map { rule.rag($0, today: Self.today) }
        func count(_ r: ActionRAG) -> Int { rags.filter { $0 == r }.count }
        #expect(count(.red) >= 3)
        #expect(count(.amber) >= 3)
        #expect(count(.green) >= 10)
        #expect(count(.complete) >= 8)
        // Overdue, blocked, due within a fortnight, and one set by hand with its reason.
        #expect(plan.actions.filter { rule.isOverdue($0, today: Self.today) }.count >= 3)
        #expect(plan.actions.filter { $0.status == .blocked }.count == 1)
        #expect(plan.actions.contains { $0.status == .notStarted && $0.due > Self.today.adding(days: 60) })
        let overridden = plan.actions.filter { $0.override != nil }
        #expect(overridden.count == 1)
        #expect(overridden.first.map { rule.computed($0, today: Self.today) } == .red)
        #expect(overridden.first?.override?.reason.isEmpty == false)
    }

    @Test func actionsCarryTheirHistory() throws {
        let plan = try #require(Self.halton.currentPlan)
        for a in plan.actions {
            switch a.status {
            case .complete:
                let done = try #require(a.completed)
                #expect(done <= Self.today)
                #expect(a.start.map { $0 <= done } ?? false)
                #expect(!a.evidence.isEmpty, "\(a.id) is complete without evidence")
            case .inProgress, .blocked:
                #expect(!a.progress.isEmpty, "\(a.id) has no progress notes")
                #expect(a.start.map { $0 < Self.today } ?? false)
            case .notStarted:
                #expect(a.start == nil && a.progress.isEmpty)
            }
            #expect(a.progress.allSatisfy { $0.date <= Self.today })
            #expect(!a.owner.isEmpty)
        }
        // One green action is measured against a demanding line: most of the way to its target already.
        let rule = ActionRAGRule()
        let demanding = plan.actions.filter { rule.rag($0, today: Self.today) == .green }.flatMap(\.trajectories).filter {
            ($0.expected(on: Self.today) - $0.baseline) / ($0.target - $0.baseline) >= 0.75
        }
        #expect(!demanding.isEmpty)
    }

    @Test func theFirstPlanIsApprovedWithinSeventyWorkingDaysAndRefreshedAfterTheTwelveMonthReview() throws {
        let p = Self.halton
        let due = try #require(ProgrammeDeadlines(calendar: .englandAndWales).actionPlanDue(after: try answered(p)))
        let first = try #require(p.plans.first), second = try #require(p.plans.last)
        let approved = try #require(first.approved)
        #expect(approved <= due)
        let published = try #require(try answered(p).publishedDate)
        #expect(approved > published)
        let review = try notice(p).issued.adding(months: 12)
        let refreshed = try #require(second.approved)
        #expect(refreshed > review && refreshed < Self.today)
        // Version 1 kept its own state: fewer actions, none finished after the refresh.
        #expect(first.actions.count < second.actions.count)
        #expect(first.actions.allSatisfy { a in a.completed.map { $0 < refreshed } ?? true })
        #expect(first.priorities.map(\.id) == second.priorities.map(\.id))
    }

    @Test func theNoticeFollowsTheJudgementAndHasItsTwelveMonthReview() throws {
        let p = Self.halton
        let notice = try notice(p)
        let published = try #require(try answered(p).publishedDate)
        #expect((55...70).contains(published.days(to: notice.issued)))
        #expect(notice.reviewEveryMonths == 6)
        #expect(notice.reviewDates(until: Self.today).contains(notice.issued.adding(months: 12)))
        let adviser = try #require(p.interventions.first { $0.kind == .improvementAdviser })
        #expect(adviser.issued == notice.issued)
    }

    @Test func boardsMeetAtTheirCadenceFromTheNoticeToToday() throws {
        let p = Self.halton
        let issued = try notice(p).issued
        #expect(p.boards.map(\.kind) == [.improvement, .scrutiny, .corporateParenting])
        #expect(p.boards.map(\.cadenceWeeks) == [12, 8, 8])
        for board in p.boards {
            #expect(!board.chair.isEmpty && !board.secretary.isEmpty && !board.members.isEmpty)
            let held = p.meetings.filter { $0.boardID == board.id && $0.date <= Self.today }
            #expect(held.count >= 6, "\(board.id) met \(held.count) times")
            #expect(held.first.map { $0.date > issued } == true)
            for (a, b) in zip(held, held.dropFirst()) {
                // A meeting that would fall on a holiday moves by a week.
                #expect(abs(a.date.days(to: b.date) - 7 * board.cadenceWeeks) <= 7, "\(a.id) → \(b.id)")
            }
            for m in held {
                #expect(m.id == "\(board.id)-\(m.date.iso)")
                #expect(!m.agenda.isEmpty && !m.attendees.isEmpty && !m.apologies.isEmpty && !m.minutes.isEmpty)
                #expect((1...3).contains(m.resolutions.count))
                #expect((1...3).contains(m.actionsArising.count))
                #expect(m.resolutions.allSatisfy { $0.hasPrefix("That the ") })
                #expect(m.actionsArising.allSatisfy { $0.id.hasPrefix(m.id + "-a") && $0.due != nil && !$0.owner.isEmpty })
            }
        }
        // The improvement board meets again soon after today, with an agenda and nothing else yet.
        let next = try #require(p.meetings.last { $0.boardID == "ib" })
        #expect(next.date > Self.today && next.date <= Self.today.adding(days: 21))
        #expect(!next.agenda.isEmpty && next.minutes.isEmpty && next.resolutions.isEmpty && next.attendees.isEmpty)
        let schedule = BoardSchedule(boards: p.boards, meetings: p.meetings.filter { $0.date <= Self.today })
        #expect(schedule.nextMeetingDue(try #require(p.boards.first)) == next.date)
        #expect(schedule.boardsOverdueToMeet(today: Self.today).isEmpty)
        #expect(Set(p.meetings.map(\.id)).count == p.meetings.count)
    }

    @Test func someActionsArisingAreCarriedForwardAndOverdue() throws {
        let p = Self.halton
        let schedule = BoardSchedule(boards: p.boards, meetings: p.meetings)
        let overdue = schedule.overdue(today: Self.today)
        #expect(overdue.count >= 2)
        #expect(Set(overdue.map(\.board.id)).count >= 2)
        let next = try #require(p.meetings.last { $0.boardID == "ib" })
        #expect(!schedule.carriedForward(to: next).isEmpty)
        // Most are done, and none before its meeting or after today.
        let all = p.meetings.flatMap(\.actionsArising)
        #expect(all.filter { $0.done != nil }.count * 4 >= all.count * 3)
        for m in p.meetings {
            for a in m.actionsArising { if let done = a.done { #expect(done > m.date && done <= Self.today) } }
        }
    }

    @Test func thePlanSurvivesTheCSVRoundTripInTheColumnsItCarries() throws {
        let plan = try #require(Self.halton.currentPlan)
        let back = try PlanCSV.read(PlanCSV.write(plan), file: "plan.csv", version: plan.version, title: plan.title)
        var carried = plan
        carried.approved = nil
        carried.actions = plan.actions.map {
            PlanAction(id: $0.id, priorityID: $0.priorityID, title: $0.title, owner: $0.owner, ownerUser: $0.ownerUser, start: $0.start,
                       due: $0.due, status: $0.status, completed: $0.completed, findingIDs: $0.findingIDs, indicatorIDs: $0.indicatorIDs,
                       override: $0.override)
        }
        #expect(back == carried)
    }

    @Test(arguments: ["Knowsley", "Cheshire East", "Liverpool"])
    func anotherAuthorityGetsItsOwnRecordAndTheSameShape(authority: String) throws {
        // Given an authority judged inadequate on other dates, some with real monitoring visits
        let history = OfstedHistory.shippedOrEmpty
        let la = try #require(AuthorityDirectory.shipped.find(authority))
        let latest = try #require(history.inspections(of: la).last { $0.kind.isGraded })
        // When its programme is made
        let p = DemoProgramme.make(authority: authority, today: Self.today, history: history)
        // Then the findings sit on its own latest inspection, and the rest follows from that
        #expect(p.authority == la.code)
        #expect(try answered(p).id == latest.id)
        #expect(p.inspections.filter { $0.id.hasPrefix("ofsted-") }.count == history.inspections(of: la).count)
        try expectTheUsualShape(p)
    }

    @Test func anAuthorityNeverJudgedBelowGoodGetsAMadeUpInspectionAfterItsRecord() throws {
        // Given Barnet: good in 2019 and 2024
        let history = OfstedHistory.shippedOrEmpty
        let barnet = try #require(AuthorityDirectory.shipped.find("Barnet"))
        let record = history.inspections(of: barnet)
        #expect(!record.isEmpty && record.allSatisfy { ($0.overallEffectiveness ?? .good) <= .good })
        let p = DemoProgramme.make(authority: "Barnet", today: Self.today, history: history)
        let made = try answered(p)
        #expect(made.id.hasPrefix("demonstration-inspection-"))
        #expect(made.overallEffectiveness == .inadequate)
        let last = try #require(record.last)
        #expect(made.startDate > last.startDate)
        #expect(p.inspections.filter { $0.id.hasPrefix("ofsted-") }.allSatisfy { $0.findings.isEmpty })
        try expectTheUsualShape(p)
    }

    @Test func anUnknownAuthorityWithNoHistoryStillGetsAProgramme() throws {
        let p = DemoProgramme.make(authority: "Nowhere", today: day("2027-06-30"), history: OfstedHistory(byArea: [:]))
        #expect(p.authority == "Nowhere")
        #expect(p.inspections.allSatisfy { $0.id.hasPrefix("demonstration-") })
        try expectTheUsualShape(p, today: day("2027-06-30"))
    }

    @Test func theShapeHoldsForEveryAuthorityAndAcrossTheYear() throws {
        // Every authority on the session's day, and Halton on days either side of Christmas and years on.
        let history = OfstedHistory.shippedOrEmpty
        for la in AuthorityDirectory.shipped.all {
            try expectTheUsualShape(DemoProgramme.make(authority: la.code, today: Self.today, history: history))
        }
        for d in ["2025-12-24", "2026-01-02", "2027-12-29", "2030-02-01"] {
            try expectTheUsualShape(DemoProgramme.make(authority: "876", today: day(d), history: history), today: day(d))
        }
    }

    func expectTheUsualShape(_ p: Programme, today: Day = today) throws {
        let plan = try #require(p.currentPlan)
        let rule = ActionRAGRule()
        let rags = plan.actions.map { rule.rag($0, today: today) }
        #expect(rags.filter { $0 == .red }.count >= 3 && rags.filter { $0 == .amber }.count >= 3)
        #expect(rags.filter { $0 == .green }.count >= 10 && rags.filter { $0 == .complete }.count >= 8)
        let coverage = PlanCoverage(findings: p.findings, actions: plan.actions, offTrajectory: [], today: today)
        #expect(coverage.unansweredFindings.count == 1 && coverage.actionsWithoutFinding.count == 1)
        let inspection = try answered(p)
        let due = try #require(ProgrammeDeadlines(calendar: .englandAndWales).actionPlanDue(after: inspection))
        #expect(try #require(p.plans.first?.approved) <= due)
        let notice = try notice(p)
        #expect(notice.reviewDates(until: today).contains(notice.issued.adding(months: 12)))
        #expect(try #require(p.plans.last?.approved) < today)
        #expect(!BoardSchedule(boards: p.boards, meetings: p.meetings).overdue(today: today).isEmpty)
        #expect(p.meetings.contains { $0.boardID == "ib" && $0.date > today })
        #expect(p.meetings.filter { $0.date <= today }.allSatisfy { $0.date > notice.issued })
        for a in plan.actions {
            #expect(a.start.map { $0 < today } ?? true)
            if let done = a.completed { #expect(done <= today && a.start.map { $0 <= done } == true) }
        }
        for m in p.meetings {
            for a in m.actionsArising { if let done = a.done { #expect(done > m.date && done <= today) } }
        }
        let visit = try #require(p.inspections.first { $0.id.hasPrefix("demonstration-monitoring-visit") })
        #expect(try #require(visit.publishedDate) < today)
    }
}

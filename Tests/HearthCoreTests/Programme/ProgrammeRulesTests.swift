import Testing
@testable import HearthCore

@Suite struct ProgrammeRulesTests {
    let today = Day(iso: "2025-06-01")!

    func action(_ id: String, due: String, status: PlanAction.Status = .inProgress, findings: [String] = [],
                indicators: [String] = [], override: PlanAction.Override? = nil) -> PlanAction {
        PlanAction(id: id, priorityID: "P1", title: id, owner: "Head of service", due: Day(iso: due)!, status: status,
                   findingIDs: findings, indicatorIDs: indicators, override: override)
    }

    @Test func ragFollowsDatesAndStatus() {
        let rule = ActionRAGRule()
        // Due yesterday, still in progress: overdue.
        #expect(rule.rag(action("a", due: "2025-05-31"), today: today) == .red)
        // Due today is not yet overdue.
        #expect(rule.rag(action("a", due: "2025-06-01"), today: today) == .green)
        // Not started, due in 9 and in exactly 14 days: amber; in 15 days: green.
        #expect(rule.rag(action("a", due: "2025-06-10", status: .notStarted), today: today) == .amber)
        #expect(rule.rag(action("a", due: "2025-06-15", status: .notStarted), today: today) == .amber)
        #expect(rule.rag(action("a", due: "2025-06-16", status: .notStarted), today: today) == .green)
        // Blocked is red whatever the date; complete is complete even when late.
        #expect(rule.rag(action("a", due: "2026-01-01", status: .blocked), today: today) == .red)
        #expect(rule.rag(action("a", due: "2025-01-01", status: .complete), today: today) == .complete)
        // An override wins, and the computed RAG is still there to show beside it.
        let overridden = action("a", due: "2025-05-01", override: .init(rag: .amber, reason: "new date agreed at the May board"))
        #expect(rule.rag(overridden, today: today) == .amber)
        #expect(rule.computed(overridden, today: today) == .red)
    }

    @Test func coverageFindsGapsBothWaysAndGreenActionsOffTrajectory() {
        let findings = [
            Finding(id: "F1", kind: .areaForPriorityAction, text: "Timeliness of ICPCs"),
            Finding(id: "F2", kind: .recommendation, text: "Supervision"),
            Finding(id: "S1", kind: .strength, text: "Care leavers' accommodation"),
        ]
        let a1 = action("A1", due: "2025-09-01", findings: ["F1"], indicators: ["icpc_15wd", "rereferrals_12m"])
        let a2 = action("A2", due: "2025-09-01", findings: ["retired-finding"])
        let a3 = action("A3", due: "2025-05-01", findings: ["F1"], indicators: ["icpc_15wd"])  // red: not listed as green
        let coverage = PlanCoverage(findings: findings, actions: [a2, a1, a3], offTrajectory: ["icpc_15wd"], today: today)
        // F2 has no action; a strength needs none.
        #expect(coverage.unansweredFindings.map(\.id) == ["F2"])
        // A2 answers a finding that is not on the record.
        #expect(coverage.actionsWithoutFinding.map(\.id) == ["A2"])
        // A1 is green while ICPC timeliness is off trajectory; A3 is already red.
        #expect(coverage.greenButOffTrajectory.map(\.action.id) == ["A1"])
        #expect(coverage.greenButOffTrajectory.first?.indicators == ["icpc_15wd"])
    }

    @Test func actionPlanDeadlinesCountWorkingDaysAcrossChristmas() throws {
        let deadlines = ProgrammeDeadlines(calendar: .englandAndWales)
        var visit = Inspection(id: "fv", kind: .focusedVisit, startDate: Day(iso: "2024-11-12")!, publishedDate: Day(iso: "2024-12-20")!,
                               findings: [Finding(id: "F1", kind: .areaForPriorityAction, text: "Strategy meetings")])
        // Friday 20 Dec 2024 + 20 working days, skipping 25, 26 Dec and 1 Jan: Wednesday 22 Jan 2025.
        #expect(deadlines.actionPlanDue(after: visit) == Day(iso: "2025-01-22"))
        // A visit without priority actions sets no deadline.
        visit.findings = [Finding(id: "R1", kind: .recommendation, text: "Supervision")]
        #expect(deadlines.actionPlanDue(after: visit) == nil)
        // A graded inspection published Monday 3 Mar 2025: + 70 working days, skipping Good Friday (18 Apr),
        // Easter Monday (21 Apr) and the May bank holidays (5 and 26 May): 20 in March, 20 in April, 20 in May,
        // the 70th is Friday 13 June 2025.
        let ilacs = Inspection(id: "i", kind: .standard, startDate: Day(iso: "2025-01-20")!, publishedDate: Day(iso: "2025-03-03")!)
        #expect(deadlines.actionPlanDue(after: ilacs) == Day(iso: "2025-06-13"))
    }

    @Test func interventionReviewsEverySixMonthsIncludingTheTwelveMonthReview() {
        let notice = Intervention(id: "n", kind: .improvementNotice, issued: Day(iso: "2024-03-15")!)
        #expect(notice.reviewDates(until: Day(iso: "2025-06-01")!) == [Day(iso: "2024-09-15")!, Day(iso: "2025-03-15")!])
        #expect(notice.nextReview(after: Day(iso: "2025-03-15")!) == Day(iso: "2025-09-15"))
        var lifted = notice
        lifted.ended = Day(iso: "2025-01-10")
        #expect(lifted.reviewDates(until: Day(iso: "2025-06-01")!) == [Day(iso: "2024-09-15")!])
        #expect(lifted.nextReview(after: Day(iso: "2025-02-01")!) == nil)
    }

    @Test func boardCadenceAndOfstedGrades() {
        #expect(ProgrammeDeadlines.nextMeetingDue(lastMeeting: Day(iso: "2025-01-14")!, cadenceWeeks: 12) == Day(iso: "2025-04-08"))
        #expect(OfstedGrade(text: "Requires improvement to be good") == .requiresImprovement)
        #expect(OfstedGrade(text: "inadequate") == .inadequate)
        #expect(OfstedGrade(text: "") == nil)
        #expect(Inspection.Kind(ofstedText: "ILACS Focused Visit") == .focusedVisit)
        #expect(Inspection.Kind(ofstedText: "ILACS Standard Inspection")?.isGraded == true)
    }
}

import HearthCore

/// A realistic improvement programme for `hearth demo`: the authority's real Ofsted record, and
/// around it an invented response to its latest inadequate or requires-improvement inspection
/// (findings, DfE's notice and its 12-month review's priorities, two versions of the plan, three
/// boards and their meetings).
///
/// Everything after the inspection is placed relative to `today`, so the demo always looks
/// current: actions fall due around it, the boards met recently and the improvement board meets
/// again soon. The result depends only on the arguments.
public enum DemoProgramme {
    /// - Parameters:
    ///   - authority: DfE code, ONS code or name; an authority not in the directory gets a made-up inspection.
    ///   - today: the day the programme is seen from.
    ///   - history: Ofsted's published record.
    public static func make(authority: String, today: Day, history: OfstedHistory = .shippedOrEmpty) -> Programme {
        let la = AuthorityDirectory.shipped.find(authority)
        let calendar = WorkingDayCalendar.englandAndWales
        let timeline = DemoTimeline(record: la.map(history.inspections(of:)) ?? [], today: today, calendar: calendar)
        let schedule = DemoSchedule(timeline: timeline)
        let review = timeline.twelveMonthReview
        let ibDates = schedule.dates(of: DemoBoards.improvement)
        // The improvement board endorses the refresh at its first meeting a fortnight or more after the review.
        let refresh = schedule.improvementBoard(onOrAfter: review.adding(days: 14)) ?? min(review.adding(days: 28), today.adding(days: -7))
        let plan = DemoPlanBuilder(timeline: timeline, refreshApproved: refresh, overrideAgreed: ibDates.last ?? refresh)
        let interventions = DemoInterventions.make(timeline)
        let notice = interventions[0]
        let meetings = DemoMeetings(timeline: timeline, schedule: schedule, plan: plan, notice: notice).make()
        return Programme(authority: la?.code ?? authority, inspections: inspections(timeline), interventions: interventions,
                         sources: DemoInterventions.twelveMonthReview(timeline, notice: notice),
                         plans: [plan.firstPlan, plan.refreshedPlan], boards: DemoBoards.all, meetings: meetings)
    }

    /// The real record with the findings added to the inspection the plan answers (or the made-up
    /// inspection added), and a made-up monitoring visit eight months after the notice. Made-up
    /// entries carry "demonstration" in their ids and no report link.
    static func inspections(_ timeline: DemoTimeline) -> [Inspection] {
        var answered = timeline.inspection
        answered.findings = DemoFindings.inspection
        var all = timeline.record.filter { $0.id != answered.id } + [answered]
        all.append(Inspection(id: "demonstration-monitoring-visit-\(timeline.monitoringVisit.iso)", kind: .monitoringVisit,
                              startDate: timeline.monitoringVisit, endDate: timeline.monitoringVisit.adding(days: 1),
                              publishedDate: timeline.monitoringVisitPublished, findings: DemoFindings.monitoringVisit))
        return all.sorted { ($0.startDate, $0.id) < ($1.startDate, $1.id) }
    }
}

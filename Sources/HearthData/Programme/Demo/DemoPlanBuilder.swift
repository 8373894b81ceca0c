import HearthCore

/// Dates the demonstration plan's actions from the timeline and today, and gives the plan as it
/// stood on any day: version 1 until the refresh, version 2 after.
struct DemoPlanBuilder: Sendable {
    /// How the plan stood on a day, as the highlight report counts it.
    struct Progress: Sendable, Equatable {
        var total = 0, complete = 0, red = 0, amber = 0, green = 0
    }

    let timeline: DemoTimeline
    /// When the improvement board endorsed version 2.
    let refreshApproved: Day
    /// When the improvement board agreed the one hand-set RAG.
    let overrideAgreed: Day
    /// Version 2's actions as they stand today.
    let current: [PlanAction]
    /// Version 1's actions as they stood the day before the refresh.
    let firstPlanActions: [PlanAction]
    private let rule = ActionRAGRule()

    init(timeline: DemoTimeline, refreshApproved: Day, overrideAgreed: Day) {
        self.timeline = timeline
        self.refreshApproved = refreshApproved
        self.overrideAgreed = overrideAgreed
        let specs = DemoPlanContent.actions
        let built = specs.map { Self.action($0, timeline: timeline, refreshApproved: refreshApproved, overrideAgreed: overrideAgreed) }
        current = built
        // Version 1 held the actions first planned; those unfinished at the refresh still had their
        // first dates (six to eleven months from approval), which the refresh re-set.
        let eve = refreshApproved.adding(days: -1), approved = timeline.firstPlanApproved
        firstPlanActions = zip(specs, built).filter { $0.0.origin == .firstPlan }.enumerated().map { i, pair in
            var a = Self.asAt(pair.1, eve, overrideAgreed: overrideAgreed)
            if a.status != .complete {
                // Never due before two months' work was possible (an action added after the monitoring visit).
                let first = max(approved.adding(months: 6 + i % 6), (a.start ?? approved).adding(days: 60))
                a.due = min(a.due, DemoTimeline.workingDay(onOrBefore: first, timeline.calendar))
            }
            return a
        }
    }

    var firstPlan: ImprovementPlan {
        ImprovementPlan(version: 1, title: "Children's services improvement plan (demonstration)", approved: timeline.firstPlanApproved,
                        priorities: DemoPlanContent.priorities(refreshed: false), actions: firstPlanActions)
    }

    var refreshedPlan: ImprovementPlan {
        ImprovementPlan(version: 2, title: "Children's services improvement plan, refreshed after the 12-month review (demonstration)",
                        approved: refreshApproved, priorities: DemoPlanContent.priorities(refreshed: true),
                        // The refresh answers the 12-month review's priorities as well as Ofsted's findings.
                        actions: current.map { a in
                            var a = a
                            a.findingIDs += DemoFindings.reviewAnswers[a.priorityID] ?? []
                            return a
                        })
    }

    /// The actions of the plan in force on `day`, as they stood then; none before version 1.
    func actions(inForceOn day: Day) -> [PlanAction] {
        if day < timeline.firstPlanApproved { return [] }
        let source = day < refreshApproved ? firstPlanActions : current
        return source.map { Self.asAt($0, day, overrideAgreed: overrideAgreed) }
    }

    func progress(on day: Day) -> Progress {
        var p = Progress()
        for a in actions(inForceOn: day) {
            p.total += 1
            switch rule.rag(a, today: day) {
            case .complete: p.complete += 1
            case .red: p.red += 1
            case .amber: p.amber += 1
            case .green: p.green += 1
            }
        }
        return p
    }

    /// What the refresh did: actions closed, re-dated, and added.
    var refreshChanges: (closed: Int, redated: Int, added: Int) {
        let now = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let closed = firstPlanActions.filter { $0.status == .complete }.count
        let redated = firstPlanActions.filter { $0.status != .complete && now[$0.id]?.due != $0.due }.count
        return (closed, redated, current.count - firstPlanActions.count)
    }

    /// The action as it stood on `day`: finished only if finished by then, blocked only once the
    /// note saying so was written, and with the notes written so far.
    static func asAt(_ action: PlanAction, _ day: Day, overrideAgreed: Day) -> PlanAction {
        var a = action
        a.progress = action.progress.filter { $0.date <= day }
        if overrideAgreed > day { a.override = nil }
        if let done = action.completed, done <= day { return a }
        a.completed = nil
        a.evidence = []
        let started = action.start.map { $0 <= day } ?? false
        let blockedSince = action.status == .blocked ? action.progress.last?.date : nil
        a.status = !started ? .notStarted : blockedSince.map { $0 <= day } == true ? .blocked : .inProgress
        return a
    }

    static func action(_ spec: DemoActionSpec, timeline: DemoTimeline, refreshApproved: Day, overrideAgreed: Day) -> PlanAction {
        let today = timeline.today
        // Work is done, noted and due on working days.
        func working(_ d: Day) -> Day { DemoTimeline.workingDay(onOrBefore: d, timeline.calendar) }
        let planStart = spec.origin == .firstPlan ? timeline.firstPlanApproved : refreshApproved
        let began = working(min((spec.afterMonitoringVisit ? timeline.monitoringVisitPublished : planStart).adding(days: spec.startDays),
                                today.adding(days: -7)))
        var start: Day? = began
        var status = PlanAction.Status.inProgress
        var completed: Day?
        let due: Day
        switch spec.state {
        case let .complete(during, fraction, slack):
            let from = during == .firstPlan ? began : max(began, refreshApproved)
            let to = during == .firstPlan ? refreshApproved : today
            let done = max(began, working(from.adding(days: Int(fraction * Double(from.days(to: to))))))
            completed = done
            due = working(done.adding(days: slack))
            status = .complete
        case let .inProgress(days):
            due = working(today.adding(days: days))
        case let .notStarted(days):
            due = working(today.adding(days: days))
            start = nil
            status = .notStarted
        case let .blocked(days):
            due = working(today.adding(days: days))
            status = .blocked
        }
        var progress: [ProgressNote] = []
        if let start {
            // Open actions were last reported on in the past few weeks; finished ones before they finished.
            let seed = Int(spec.id.filter(\.isNumber)) ?? 0
            let n = spec.notes.count
            let last = completed ?? today.adding(days: -(4 + seed * 7 % 25))
            let span = start.days(to: last), parts = completed == nil ? n : n + 1
            for (k, text) in spec.notes.enumerated() {
                let date = max(start, working(start.adding(days: span * (k + 1) / max(parts, 1))))
                progress.append(ProgressNote(date: date, author: spec.owner, text: text))
            }
        }
        let evidence = completed == nil ? [] : spec.evidence.map {
            [Evidence(kind: .document, title: $0, location: "SharePoint: Improvement/Evidence/\(spec.priorityID)/\(spec.id)")]
        } ?? []
        let override = spec.amberBecause.map { why in
            PlanAction.Override(rag: .amber, reason: "New date of \(DemoText.date(working(today.adding(days: 28)))) agreed by the improvement board on \(DemoText.date(overrideAgreed)): \(why).")
        }
        let targetDate = max(due, planStart.adding(months: 12))
        let trajectories = spec.trends.map {
            IndicatorTrajectory(indicatorID: $0.indicatorID, baseline: $0.baseline, baselineDate: planStart, target: $0.target, targetDate: targetDate)
        }
        return PlanAction(id: spec.id, priorityID: spec.priorityID, title: spec.title, owner: spec.owner,
                          ownerUser: DemoRoles.ownerUser(of: spec.owner), start: start, due: due,
                          status: status, completed: completed, findingIDs: spec.findingIDs, indicatorIDs: spec.indicatorIDs,
                          override: override, progress: progress, evidence: evidence, trajectories: trajectories)
    }
}

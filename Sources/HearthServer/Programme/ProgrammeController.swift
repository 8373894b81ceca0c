import HearthApplication
import HearthCore
import HearthReports
import Hummingbird

/// The programme at a glance: the regulatory position, the plan's RAG, the boards; the coverage
/// view; everything overdue; and the improvement journey as a timeline.
struct ProgrammeController {
    let programme: ProgrammeService
    let indicators: IndicatorService
    let boards: BoardController
    let views: Views

    func register(_ r: GuardedRouter) {
        r.get(Site.programme, .signedIn) { _, context in try await summary(context) }
        r.get(Site.coverage, .signedIn) { _, context in try await coverage(context) }
        r.get(Site.overdue, .signedIn) { _, context in try await overdue(context) }
        r.get(Site.timeline, .signedIn) { _, context in try await timeline(context) }
    }

    private func summary(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let latest = status.latestGraded
        func judgement(_ label: String, _ g: OfstedGrade?) -> ProgrammePages.Judgement? {
            g.map { ProgrammePages.Judgement(label: label, grade: $0.description, css: Self.css($0)) }
        }
        let j = latest?.judgements
        let judgements = [judgement("Overall effectiveness", latest?.overallEffectiveness),
                          judgement("Impact of leaders on social work practice", j?.impactOfLeaders),
                          judgement("Experiences and progress of children who need help and protection", j?.helpAndProtection),
                          judgement("Experiences and progress of children in care", j?.childrenInCare),
                          judgement("Experiences and progress of care leavers", j?.careLeavers)].compactMap { $0 }
        let deadlines = ProgrammeDeadlines(calendar: programme.calendar)
        // The deadlines that matter now: the latest graded inspection's and the visits since.
        let since = latest?.startDate ?? Day(ordinal: 0)
        let due = status.programme.inspections.filter { $0.startDate >= since }.compactMap { i -> ProgrammePages.Deadline? in
            deadlines.actionPlanDue(after: i).map {
                ProgrammePages.Deadline(label: "Action plan after the \(i.kind.rawValue) of \(i.startDate.long)", date: $0.long, passed: $0 < status.today)
            }
        }
        let plan = status.plan
        return views.response("programme", ProgrammePages.Summary(
            page: try await chrome("Improvement programme", context),
            hasInspection: latest != nil,
            inspectionTitle: latest.map { "\($0.kind.rawValue.capitalizedFirst), \($0.startDate.long)" + ($0.publishedDate.map { ", published \($0.long)" } ?? "") } ?? "",
            inspectionHref: latest.map { Site.inspection($0.id) } ?? "", judgements: judgements,
            interventions: status.interventionsInForce.map {
                ProgrammePages.InterventionLine(kind: $0.kind.rawValue.capitalizedFirst, issued: $0.issued.long,
                                                nextReview: $0.nextReview(after: status.today)?.long, href: Site.interventions.path)
            },
            deadlines: due, hasPlan: plan != nil, planTitle: plan.map { "\($0.title) (version \($0.version))" } ?? "",
            counts: RAGCount.list(status.counts()),
            priorities: (plan?.priorities ?? []).map {
                ProgrammePages.PriorityLine(id: $0.id, title: $0.title, href: Site.plan.path + "#priority-" + $0.id, counts: RAGCount.list(status.counts(priority: $0.id)))
            },
            boards: status.programme.boards.map { boards.row($0, status) },
            overdueLine: "\(Self.count(status.overdueActions.count, "overdue action")) and "
                + "\(Self.count(status.schedule.overdue(today: status.today).count, "overdue action arising", plural: "overdue actions arising"))",
            coverageLine: "\(Self.count(status.coverage.unansweredFindings.count, "finding")) with no action, "
                + "\(Self.count(status.coverage.actionsWithoutFinding.count, "action")) with no finding, "
                + "\(Self.count(status.coverage.greenButOffTrajectory.count, "green action")) with an indicator off trajectory"))
    }

    private func coverage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let byFinding = Dictionary(status.findingRows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return views.response("coverage", ProgrammePages.Coverage(
            page: try await chrome("Coverage of the findings", context),
            unanswered: status.coverage.unansweredFindings.compactMap { byFinding[$0.id] },
            withoutFinding: status.coverage.actionsWithoutFinding.map { ActionRow($0, status: status) },
            offTrajectory: status.coverage.greenButOffTrajectory.map { pair in
                ProgrammePages.OffTrajectoryRow(action: ActionRow(pair.action, status: status),
                                                reasons: pair.indicators.compactMap { status.offTrajectory[$0] })
            },
            findings: status.findingRows))
    }

    private func overdue(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        return views.response("overdue", ProgrammePages.Overdue(
            page: try await chrome("Overdue", context),
            actions: status.overdueActions.map { ActionRow($0, status: status) },
            arising: status.schedule.overdue(today: status.today).map { o in
                ProgrammePages.OverdueArising(board: o.board.name, boardHref: Site.board(o.board.id), meetingHref: Site.meeting(o.meeting.id),
                                              row: boards.arisingRow(o.action, meeting: o.meeting, today: status.today))
            },
            boards: status.schedule.boardsOverdueToMeet(today: status.today).map { boards.row($0, status) },
            canRecord: Access.meetingRecorders.allows(context.user?.role), backHref: Site.overdue.path))
    }

    private func timeline(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let p = status.programme
        var events: [(Day, Int, ProgrammePages.Event)] = []
        func add(_ day: Day, _ order: Int, _ kind: String, _ css: String, _ title: String, _ detail: String, _ href: String) {
            events.append((day, order, ProgrammePages.Event(date: day.long, kind: kind, css: css, title: title, detail: detail.nonEmpty, href: href)))
        }
        for i in p.inspections {
            let grade = i.overallEffectiveness.map { ": \($0.description.lowercased())" } ?? ""
            add(i.startDate, 0, "Ofsted", i.overallEffectiveness.map(Self.css) ?? "tag-grey", i.kind.rawValue.capitalizedFirst + grade,
                i.publishedDate.map { "Report published \($0.long)" } ?? "", Site.inspection(i.id))
        }
        for n in p.interventions {
            add(n.issued, 1, "DfE", "tag-blue", n.kind.rawValue.capitalizedFirst + " issued", n.outcome ?? "", Site.interventions.path)
            for (k, review) in n.reviewDates(until: status.today).enumerated() {
                add(review, 2, "DfE", "tag-blue", "\((k + 1) * n.reviewEveryMonths)-month review of the \(n.kind.rawValue)", "", Site.interventions.path)
            }
            if let ended = n.ended { add(ended, 3, "DfE", "tag-blue", n.kind.rawValue.capitalizedFirst + " ended", n.outcome ?? "", Site.interventions.path) }
        }
        for source in p.sources {
            let findings = "\(source.findings.count) finding\(source.findings.count == 1 ? "" : "s")"
            add(source.date, 2, source.kind == .adviserReview || source.kind == .noticeConditions ? "DfE" : "Review", "tag-blue",
                "\(source.kind.rawValue.capitalizedFirst): \(source.title)", [source.outcome, findings].compactMap { $0 }.joined(separator: ". "),
                Site.source(source.id))
        }
        for plan in p.plans {
            if let approved = plan.approved {
                add(approved, 4, "Plan", "rag-green", "Plan version \(plan.version) approved", plan.title, Site.planVersion(plan.version))
            }
        }
        let names = p.boardNames
        for m in p.meetings where m.date <= status.today {
            add(m.date, 5, "Board", "tag-grey", names[m.boardID] ?? m.boardID,
                m.resolutions.isEmpty ? "" : "\(m.resolutions.count) resolution\(m.resolutions.count == 1 ? "" : "s")", Site.meeting(m.id))
        }
        var trends: [ProgrammePages.Trend] = []
        // The indicators boards and Ofsted read first (the catalogue's headline ones).
        for definition in indicators.catalogue.headline {
            guard let s = try await indicators.summary(id: definition.id) else { continue }
            // One page for every role, so it shows what the board may see.
            let text = IndicatorText(summary: s, disclosure: .aggregate)
            let latest = s.latest.map { text.value($0) + " in \($0.period.label)" } ?? "not computed"
            trends.append(ProgrammePages.Trend(title: s.definition.title, href: Site.indicator(definition.id.rawValue), latest: latest,
                                               sparkline: Sparkline(values: text.recentYears, label: text.sparklineLabel).svg))
        }
        return views.response("timeline", ProgrammePages.Timeline(
            page: try await chrome("Improvement journey", context),
            events: events.sorted { ($0.0, $0.1) > ($1.0, $1.1) }.map(\.2), trends: trends))
    }

    /// "1 action", "2 actions".
    static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func css(_ grade: OfstedGrade) -> String {
        switch grade {
        case .outstanding, .good: "rag-green"
        case .requiresImprovement: "rag-amber"
        case .inadequate: "rag-red"
        }
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .programme, authorityName: await indicators.authorityName)
    }
}

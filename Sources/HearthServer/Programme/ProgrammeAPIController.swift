import Foundation
import HearthApplication
import HearthCore
import HearthReports
import HTTPTypes
import Hummingbird

/// /api/v1/programme: the improvement programme as JSON, with the pages' roles. Writes take JSON
/// and the CSRF token in the `X-CSRF-Token` header (the same double-submit rule as forms).
struct ProgrammeAPIController {
    let programme: ProgrammeService

    func register(_ r: GuardedRouter) {
        r.get(Site.API.programme, .signedIn) { _, _ in
            let s = try await programme.status()
            return JSONResponse.make(ProgrammeAPIModels.Summary(
                authority: programme.authority, today: s.today, latestGradedInspection: s.latestGraded,
                interventionsInForce: s.interventionsInForce.map { view($0, today: s.today) },
                plan: s.plan.map(heading), rag: Dictionary(s.counts().map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +),
                overdueActions: s.overdueActions.count, overdueActionsArising: s.schedule.overdue(today: s.today).count,
                unansweredFindings: s.coverage.unansweredFindings.count, actionsWithoutFinding: s.coverage.actionsWithoutFinding.count,
                greenActionsOffTrajectory: s.coverage.greenButOffTrajectory.count))
        }
        r.get(Site.API.inspections, .signedIn) { _, _ in
            JSONResponse.make(try await programme.programme().inspections)
        }
        r.get(Site.API.interventions, .signedIn) { _, _ in
            let today = programme.today
            return JSONResponse.make(try await programme.programme().interventions.map { view($0, today: today) })
        }
        r.get(Site.API.sources, .signedIn) { _, _ in
            JSONResponse.make(try await programme.programme().sources)
        }
        r.get(Site.API.source, .signedIn) { _, context in
            JSONResponse.make(try await programme.programme().source(context.parameter("id")))
        }
        r.post(Site.API.sources, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.SourceBody.self, request)
            let p = try await programme.programme()
            let source = try sourceFrom(body, id: SourcesController.newID(body.kind, body.date, in: p), taken: p.findings.map(\.id))
            try await programme.saveSource(source, by: context.user?.name ?? "")
            return JSONResponse.make(source, status: .created)
        }
        r.post(Site.API.source, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.SourceBody.self, request)
            let p = try await programme.programme()
            let existing = try p.source(context.parameter("id"))
            let others = p.findings.map(\.id).filter { id in !existing.findings.contains { $0.id == id } }
            let source = try sourceFrom(body, id: existing.id, taken: others)
            try await programme.saveSource(source, by: context.user?.name ?? "")
            return JSONResponse.make(source, status: .created)
        }
        r.get(Site.API.plan, .signedIn) { request, _ in
            let s = try await programme.status()
            let version = request.uri.queryParameters.get("version").flatMap { Int($0) }
            guard let plan = version.map({ v in s.programme.plans.first { $0.version == v } }) ?? s.plan else {
                throw ApplicationError.notFound(version == nil ? "There is no plan yet." : "There is no such version of the plan.")
            }
            let view = s.forVersion(plan)
            return JSONResponse.make(ProgrammeAPIModels.Plan(
                version: plan.version, title: plan.title, approved: plan.approved, approval: plan.approval, inForce: plan.version == s.plan?.version,
                draftVersion: s.draft?.version,
                versions: s.programme.plans.map(heading), priorities: plan.priorities, actions: plan.actions.map { actionView($0, view) }))
        }
        r.get(Site.API.coverage, .signedIn) { _, _ in
            let s = try await programme.status()
            return JSONResponse.make(ProgrammeAPIModels.Coverage(
                unansweredFindings: s.coverage.unansweredFindings, actionsWithoutFinding: s.coverage.actionsWithoutFinding.map(\.id),
                greenActionsOffTrajectory: s.coverage.greenButOffTrajectory.map {
                    .init(action: $0.action.id, indicators: $0.indicators, reasons: $0.indicators.compactMap { s.offTrajectory[$0] })
                }))
        }
        r.get(Site.API.boards, .signedIn) { _, _ in
            let s = try await programme.status()
            let late = Set(s.schedule.boardsOverdueToMeet(today: s.today).map(\.id))
            return JSONResponse.make(s.programme.boards.map { b in
                let meetings = s.programme.meetings.filter { $0.boardID == b.id }
                return ProgrammeAPIModels.BoardView(board: b, lastMeeting: meetings.last { $0.date <= s.today }?.date,
                                                    nextMeetingDue: s.schedule.nextMeetingDue(b, today: s.today), overdueToMeet: late.contains(b.id),
                                                    meetings: meetings.map { .init(id: $0.id, date: $0.date) })
            })
        }
        r.post(Site.API.boards, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.BoardBody.self, request)
            let existing = try await programme.programme().boards.map(\.id)
            var board = Board(id: FormValues.uniqueID(BoardController.slug(body.name), taken: existing), kind: .improvement, name: "", chair: "")
            try body.apply(to: &board)
            try await programme.saveBoard(board, by: context.userName)
            return JSONResponse.make(board, status: .created)
        }
        r.post(Site.API.board, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.BoardBody.self, request)
            var board = try await programme.programme().board(context.parameter("id"))
            try body.apply(to: &board)
            try await programme.saveBoard(board, by: context.userName)
            return JSONResponse.make(board, status: .created)
        }
        r.get(Site.API.meeting, .signedIn) { _, context in
            let s = try await programme.status()
            let m = try meeting(context, in: s.programme)
            return JSONResponse.make(ProgrammeAPIModels.MeetingView(
                id: m.id, board: m.boardID, date: m.date, agenda: m.agenda.map(agendaView), attendees: m.attendees, apologies: m.apologies,
                minutes: m.minutes, minutesHTML: SafeHTML.render(m.minutes), resolutions: m.resolutions, actionsArising: m.actionsArising,
                carriedForward: s.schedule.carriedForward(to: m).filter { $0.done == nil }))
        }
        r.get(Site.API.overdue, .signedIn) { _, _ in
            let s = try await programme.status()
            return JSONResponse.make(ProgrammeAPIModels.Overdue(
                actions: s.overdueActions.map { actionView($0, s) },
                actionsArising: s.schedule.overdue(today: s.today).map { .init(board: $0.board.id, meeting: $0.meeting.id, action: $0.action) },
                boardsOverdueToMeet: s.schedule.boardsOverdueToMeet(today: s.today).map(\.id)))
        }
        r.post(Site.API.planActions, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.NewAction.self, request)
            let s = try await programme.status()
            guard let plan = s.plan, let priority = plan.priorities.first(where: { $0.id == body.priority }) else {
                throw HTTPError(.badRequest, message: "the plan in force has no priority \(body.priority)")
            }
            let known = Set(s.programme.findings.map(\.id))
            if let unknown = body.findings?.first(where: { !known.contains($0) }) { throw HTTPError(.badRequest, message: "no finding \(unknown)") }
            let title = try FormValues.text(body.title, "title", field: "title", max: 500), owner = try FormValues.text(body.owner, "owner", field: "owner", max: 200)
            let ownerUser = try await programme.owner(named: body.ownerUser)
            let today = programme.today
            let action = try await programme.updatePlan(version: plan.version, by: context.user?.name ?? "", what: "add action") { plan in
                // Numbered from the plan as stored now, so two added at once never share a number.
                let number = priority.id.hasPrefix("P") ? String(priority.id.dropFirst()) : priority.id
                let action = PlanAction(id: FormValues.nextID(number + ".", taken: plan.actions.map(\.id)), priorityID: priority.id,
                                        title: title, owner: owner, ownerUser: ownerUser, start: body.start, due: body.due, status: body.status ?? .notStarted,
                                        completed: body.status == .complete ? today : nil, findingIDs: body.findings ?? [],
                                        indicatorIDs: body.indicators ?? [])
                plan.actions.append(action)
                return (action.id, action)
            }
            return JSONResponse.make(action, status: .created)
        }
        r.post(Site.API.planApproval, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.PlanApprovalBody.self, request)
            let approval = try await LocalMeasureController.refusingFields {
                try await programme.approvePlan(version: body.version, meetingID: body.meeting, resolution: body.resolution - 1,
                                                by: context.user?.name ?? "")
            }
            let approved = try await programme.programme().meeting(approval.meetingID).date
            return JSONResponse.make(ProgrammeAPIModels.PlanApprovalView(version: body.version, approved: approved, approval: approval),
                                     status: .created)
        }
        r.post(Site.API.resolutions, .meetingRecorders) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.NewResolution.self, request)
            let text = try FormValues.text(body.text, "resolution", field: "text")
            let resolutions = try await programme.updateMeeting(try meetingID(context), by: context.user?.name ?? "", what: "record resolution") { m in
                m.resolutions.append(text)
                return m.resolutions
            }
            return JSONResponse.make(resolutions, status: .created)
        }
        r.post(Site.API.actionsArising, .meetingRecorders) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await decode(ProgrammeAPIModels.NewActionArising.self, request)
            let text = try FormValues.text(body.text, "text", field: "text", max: 1000), owner = try FormValues.text(body.owner, "owner", field: "owner", max: 200)
            let ownerUser = try await programme.owner(named: body.ownerUser)
            let arising = try await programme.updateMeeting(try meetingID(context), by: context.user?.name ?? "", what: "record action arising") { m in
                // Numbered from the meeting as stored now, so two added at once never share a number.
                let arising = ActionArising(id: FormValues.nextID(m.id + "-a", taken: m.actionsArising.map(\.id)), text: text, owner: owner, ownerUser: ownerUser, due: body.due)
                m.actionsArising.append(arising)
                return arising
            }
            return JSONResponse.make(arising, status: .created)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        try await JSONBody.decode(T.self, request)
    }

    /// The source a body describes, its findings numbered where they have no id (after `taken`).
    private func sourceFrom(_ body: ProgrammeAPIModels.SourceBody, id: String, taken: [String]) throws -> FindingSource {
        var ids = taken
        let findings = try (body.findings ?? []).enumerated().map { i, f -> Finding in
            let given = (f.id ?? "").trimmingCharacters(in: .whitespaces)
            let fid = given.isEmpty ? FormValues.nextID(SourcesController.prefix(body.kind), taken: ids) : given
            ids.append(fid)
            return Finding(id: fid, kind: f.kind, text: try FormValues.text(f.text, "finding", field: "findings[\(i)].text", max: 4000))
        }
        let outcome = body.outcome?.trimmingCharacters(in: .whitespacesAndNewlines)
        return FindingSource(id: id, kind: body.kind, title: try FormValues.text(body.title, "title", field: "title", max: 300), date: body.date,
                             madeBy: body.madeBy ?? "", outcome: outcome?.isEmpty == false ? outcome : nil,
                             interventionID: body.interventionID?.isEmpty == false ? body.interventionID : nil, findings: findings)
    }

    private func meeting(_ context: AppContext, in p: Programme) throws -> Meeting {
        try p.meeting(context.parameter("id"))
    }

    private func meetingID(_ context: AppContext) throws -> String {
        // A meeting that is not there is a 404 from updateMeeting itself.
        context.parameter("id") ?? ""
    }

    private func heading(_ p: ImprovementPlan) -> ProgrammeAPIModels.PlanHeading { .init(version: p.version, title: p.title, approved: p.approved) }

    private func view(_ n: Intervention, today: Day) -> ProgrammeAPIModels.InterventionView {
        .init(intervention: n, reviewDates: n.reviewDates(until: today), nextReview: n.nextReview(after: today))
    }

    private func actionView(_ a: PlanAction, _ s: ProgrammeStatus) -> ProgrammeAPIModels.ActionView {
        .init(action: a, rag: s.rag[a.id] ?? s.rule.rag(a, today: s.today), overdue: s.rule.isOverdue(a, today: s.today))
    }

    private func agendaView(_ item: AgendaItem) -> ProgrammeAPIModels.AgendaView {
        let (kind, link): (String, String?) = switch item.link {
        case .none: ("none", nil)
        case .report(let r): ("report", r)
        case .planPriority(let p): ("planPriority", p)
        case .indicator(let i): ("indicator", i)
        }
        return .init(title: item.title, presenter: item.presenter, linkKind: kind, link: link)
    }
}

extension HTTPField.Name {
    /// The CSRF token an API client sends back from the `hearth_csrf` cookie.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}

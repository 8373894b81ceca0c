import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import Hummingbird

/// The improvement plan: the version in force and earlier ones, its priorities and actions,
/// each action's page, refreshing the plan, and CSV in and out. Managers edit; everyone signed
/// in reads (the plan holds no child's data).
struct PlanController {
    let programme: ProgrammeService
    let indicators: IndicatorService
    let views: Views
    let spool: UploadSpool

    struct PriorityForm: SubmittedForm { let title: String?; let lead: String?; let _csrf: String? }
    struct ApproveForm: SubmittedForm { let version: String?; let resolution: String?; let _csrf: String? }
    struct RefreshForm: SubmittedForm { let title: String?; let _csrf: String? }
    /// A progress note, with the status it leaves the action in (optional: the owner may move it
    /// to in progress, blocked or complete as they report).
    struct NoteForm: SubmittedForm { let text: String?; let status: String?; let back: String?; let _csrf: String? }
    struct EvidenceForm: SubmittedForm { let kind: String?; let title: String?; let location: String?; let _csrf: String? }
    struct TrajectoryForm: SubmittedForm {
        let indicator: String?; let baseline: String?; let baseline_date: String?; let target: String?; let target_date: String?
        let _csrf: String?
    }
    struct ActionForm: SubmittedForm {
        let priority: String?; let title: String?; let owner: String?; let owner_user: String?; let start: String?; let due: String?; let status: String?
        let completed: String?; let findings: [String]?; let indicators: [String]?; let rag_override: String?
        let override_reason: String?; let seen: String?; let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.plan, .signedIn) { request, context in
            try await planPage(context, version: request.uri.queryParameters.get("version").flatMap { Int($0) })
        }
        r.get(Site.planCSV, .signedIn) { _, _ in
            let plan = try await programme.programme().latestPlan()
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"improvement-plan-v\(plan.version).csv\""],
                            body: .init(byteBuffer: ByteBuffer(string: PlanCSV.write(plan))))
        }
        r.post(Site.priorities, .planEditors, form: PriorityForm.self, done: "Priority added.") { form, request, context in
            let plan = try await currentPlan(context)
            let title = try FormValues.text(form.title, "priority's title", field: "title", max: 200), lead = try FormValues.text(form.lead, "lead", field: "lead", required: false, max: 200)
            let priority = try await programme.updatePlan(version: plan.version, by: user(context), what: "save priority") { plan in
                let priority = Priority(id: FormValues.nextID("P", taken: plan.priorities.map(\.id)), title: title, lead: lead)
                plan.priorities.append(priority)
                return (priority.id, priority)
            }
            return .redirect(to: Site.plan.path + "#priority-" + priority.id, type: .normal)
        }
        r.post(Site.priority, .planEditors, form: PriorityForm.self, done: "Priority saved.") { form, request, context in
            let plan = try await currentPlan(context)
            let id = context.parameter("id") ?? ""
            let title = try FormValues.text(form.title, "priority's title", field: "title", max: 200), lead = try FormValues.text(form.lead, "lead", field: "lead", required: false, max: 200)
            try await programme.updatePlan(version: plan.version, by: user(context), what: "save priority") { plan in
                guard let i = plan.priorities.firstIndex(where: { $0.id == id }) else {
                    throw ApplicationError.notFound("The plan in force has no such priority.")
                }
                plan.priorities[i].title = title
                plan.priorities[i].lead = lead
                return (id, ())
            }
            return .redirect(to: Site.plan.path + "#priority-" + id, type: .normal)
        }
        r.post(Site.actions, .planEditors, form: ActionForm.self, done: "Action added.") { form, request, context in
            let plan = try await currentPlan(context)
            guard let priority = plan.priorities.first(where: { $0.id == form.priority }) else {
                throw HTTPError(.badRequest, message: "Choose the priority the action belongs to.")
            }
            let today = programme.today
            let known = try await programme.status()
            let ownerUser = try await programme.owner(named: form.owner_user)
            let id = try await programme.updatePlan(version: plan.version, by: user(context), what: "add action") { plan in
                // Numbered from the plan as stored now, so two added at once never share a number.
                let number = priority.id.hasPrefix("P") ? String(priority.id.dropFirst()) : priority.id
                var action = PlanAction(id: FormValues.nextID(number + ".", taken: plan.actions.map(\.id)), priorityID: priority.id,
                                        title: "", owner: "", ownerUser: ownerUser, due: today)
                try apply(form, to: &action, known: known)
                plan.actions.append(action)
                return (action.id, action.id)
            }
            return .redirect(to: Site.action(id), type: .normal)
        }
        r.post(Site.planRefresh, .planEditors, form: RefreshForm.self, done: "New version of the plan started.") { form, request, context in
            let current = try await currentPlan(context)
            // A refreshed plan starts as a copy of the one in force; the earlier version is kept unchanged.
            let next = ImprovementPlan(version: current.version + 1, title: try FormValues.text(form.title, "title of the refreshed plan", field: "title", max: 200),
                                       approved: nil, priorities: current.priorities, actions: current.actions)
            try await programme.savePlan(next, by: user(context), action: "refresh plan")
            return .redirect(to: Site.plan.path, type: .normal)
        }
        r.post(Site.planImport, .planEditors, showingForm: "Plan imported.") { request, context in try await importCSV(request, context) }
        r.post(Site.planApprove, .planEditors, form: ApproveForm.self, done: "Approval recorded: the version is in force from the meeting's day.") { form, _, context in
            .redirect(to: Site.planVersion(try await approve(form, context)), type: .normal)
        }
        r.get(Site.action, .signedIn) { _, context in try await actionPage(context) }
        r.post(Site.action, .planEditors, form: ActionForm.self, done: "Action saved.") { form, request, context in
            // Absent from the form: the owner stays who it was; blank: no user owns it.
            let ownerUser: String?? = form.owner_user == nil ? nil : .some(try await programme.owner(named: form.owner_user))
            try await update(context, what: "edit action") { action, status in
                try EditStamp.check(form.seen, EditStamp.action(action), what: "this action")
                try apply(form, to: &action, known: status)
                if let ownerUser { action.ownerUser = ownerUser }
            }
            return .redirect(to: Site.action(try id(context)), type: .normal)
        }
        r.post(Site.actionNotes, .ownActions, form: NoteForm.self, done: "Progress note added.") { form, request, context in
            let owner = ActionOwnership(actionID: try id(context), user: context.user)
            try await owner.require(programme)
            let text = try FormValues.text(form.text, "progress note", field: "text")
            let status: PlanAction.Status? = try form.status.flatMap { $0.isEmpty ? nil : try FormValues.choice($0, "status", field: "status") }
            _ = try await programme.addProgress(to: owner.actionID, text: text, status: status, by: user(context),
                                                may: owner.may, refused: owner.refused)
            let back = try form.back.flatMap { Site.isLocal($0) ? $0 : nil } ?? Site.action(id(context)) + "#progress"
            return .redirect(to: back, type: .normal)
        }
        r.post(Site.actionEvidence, .ownActions, form: EvidenceForm.self, done: "Evidence added.") { form, request, context in
            let owner = ActionOwnership(actionID: try id(context), user: context.user)
            try await owner.require(programme)
            let kind: Evidence.Kind = try FormValues.choice(form.kind, "kind of evidence", field: "kind")
            let location = try FormValues.text(form.location, kind == .link ? "web address" : "place the document is kept", field: "location", max: 500)
            if kind == .link, !(location.hasPrefix("https://") || location.hasPrefix("http://")) {
                throw HTTPError(.badRequest, message: "A link must start with https:// or http://.")
            }
            let evidence = Evidence(kind: kind, title: try FormValues.text(form.title, "evidence's title", field: "title", max: 200), location: location)
            _ = try await programme.addEvidence(to: owner.actionID, evidence, by: user(context), may: owner.may, refused: owner.refused)
            return .redirect(to: Site.action(try id(context)) + "#evidence", type: .normal)
        }
        r.post(Site.actionTrajectories, .planEditors, form: TrajectoryForm.self, done: "Trajectory set.") { form, request, context in
            guard let indicator = form.indicator, try await indicators.summary(id: IndicatorID(indicator)) != nil
                || (indicators.catalogue.workforce + indicators.catalogue.workforceProfile).contains(where: { $0.id.rawValue == indicator })
                || indicators.catalogue.sufficiency.contains(where: { $0.id.rawValue == indicator }) else {
                throw HTTPError(.badRequest, message: "Choose the indicator.")
            }
            guard let from = try FormValues.day(form.baseline_date, "baseline date", field: "baseline_date"), let to = try FormValues.day(form.target_date, "target date", field: "target_date"),
                  from < to else { throw HTTPError(.badRequest, message: "The target date must come after the baseline date.") }
            let line = IndicatorTrajectory(indicatorID: indicator, baseline: try FormValues.number(form.baseline, "baseline", field: "baseline"), baselineDate: from,
                                           target: try FormValues.number(form.target, "target", field: "target"), targetDate: to)
            try await update(context, what: "set trajectory") { action, _ in
                action.trajectories.removeAll { $0.indicatorID == indicator }
                action.trajectories.append(line)
                if !action.indicatorIDs.contains(indicator) { action.indicatorIDs.append(indicator) }
            }
            return .redirect(to: Site.action(try id(context)) + "#indicators", type: .normal)
        }
    }

    // MARK: pages

    private func planPage(_ context: AppContext, version: Int?) async throws -> Response {
        let status = try await programme.status()
        let plans = status.programme.plans
        let shown = version.flatMap { v in plans.first { $0.version == v } } ?? status.plan
        if version != nil && shown?.version != version { throw ApplicationError.notFound("There is no such version of the plan.") }
        let isCurrent = shown?.version == status.plan?.version
        let view = shown.map(status.forVersion) ?? status
        // Edits go to the latest version: the plan in force, or a refresh still waiting for approval.
        let isLatest = shown?.version == status.programme.currentPlan?.version
        let canEdit = Access.planEditors.allows(context.user?.role) && isLatest
        let meetings = Dictionary(status.programme.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let boardNames = status.programme.boardNames
        let approval = shown?.approval.map { a in
            PlanPages.Approval(meeting: meetings[a.meetingID].map { "\(boardNames[$0.boardID] ?? $0.boardID), \($0.date.long)" } ?? a.meetingID,
                               href: Site.meeting(a.meetingID), resolution: a.resolution)
        }
        let blocks = (shown?.priorities ?? []).map { p in
            PlanPages.PriorityBlock(id: p.id, title: p.title, lead: p.lead.nonEmpty, counts: RAGCount.list(view.counts(priority: p.id)),
                                    actions: shown?.actions(of: p).map { ActionRow($0, status: view) } ?? [])
        }
        return views.response("plan", PlanPages.Plan(
            page: PageChrome(title: "Improvement plan", context: context, section: .programme, authorityName: await indicators.authorityName),
            hasPlan: shown != nil, title: shown?.title ?? "", version: shown?.version ?? 0,
            nextVersion: (plans.last?.version ?? 0) + 1, approved: shown?.approved?.long ?? "not yet approved",
            isCurrent: isCurrent, isDraft: shown.map { p in p.version > (status.plan?.version ?? 0) } ?? false,
            draftHref: status.draft.map { Site.planVersion($0.version) }, draftVersion: status.draft?.version ?? 0, approval: approval,
            canApprove: Access.planEditors.allows(context.user?.role) && shown != nil && shown?.approval == nil,
            resolutionChoices: Self.resolutionChoices(status),
            canEdit: canEdit, counts: RAGCount.list(view.counts()), priorities: blocks,
            versions: plans.reversed().map { p in
                PlanPages.Version(version: p.version, title: p.title, approved: p.approved?.long ?? "not approved",
                                  href: Site.planVersion(p.version), current: p.version == status.plan?.version, shown: p.version == shown?.version)
            },
            priorityChoices: (shown?.priorities ?? []).map { Choice(value: $0.id, label: "\($0.id) \($0.title)", selected: false) },
            ownerChoices: canEdit ? try await ownerChoices(selected: nil) : [],
            findingChoices: canEdit ? status.findingChoices(selected: []) : [],
            indicatorChoices: canEdit ? try await indicatorChoices(selected: []) : [],
            startInput: DateInput("start", id: "start", label: "Start", value: status.today), dueInput: DateInput("due", id: "due", label: "Due")))
    }

    /// Every resolution of a meeting held on or before today, newest meeting first: "meeting|n" → "Board, date: n. words".
    static func resolutionChoices(_ status: ProgrammeStatus) -> [Choice] {
        let names = status.programme.boardNames
        return status.programme.meetings.filter { $0.date <= status.today && !$0.resolutions.isEmpty }.reversed().flatMap { m in
            m.resolutions.enumerated().map { i, text in
                Choice(value: "\(m.id)|\(i)", label: "\(names[m.boardID] ?? m.boardID), \(m.date.long): \(i + 1). \(text)", selected: false)
            }
        }
    }

    /// Records that a version was approved at a meeting by one of its resolutions: the version is
    /// in force from the meeting's day.
    private func approve(_ form: ApproveForm, _ context: AppContext) async throws -> Int {
        guard let version = Int(form.version ?? "") else { throw FormInvalid("Choose the version approved", field: "version") }
        let parts = (form.resolution ?? "").split(separator: "|")
        guard parts.count == 2, let i = Int(parts[1]) else { throw FormInvalid("Choose the resolution that approved the plan", field: "resolution") }
        _ = try await LocalMeasureController.refusingFields {
            try await programme.approvePlan(version: version, meetingID: String(parts[0]), resolution: i, by: user(context))
        }
        return version
    }

    private func actionPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let actionID = try id(context)
        let plan = try status.programme.latestPlan(), a = try plan.action(actionID)
        let canEdit = Access.planEditors.allows(context.user?.role)
        let findings = status.programme.inspections.flatMap { i in
            i.findings.filter { a.findingIDs.contains($0.id) }.map { FindingRow($0, of: i, status: status) }
        }
        var linked: [PlanPages.LinkedIndicator] = []
        for indicatorID in Set(a.indicatorIDs + a.trajectories.map(\.indicatorID)).sorted() {
            let summary = try await indicators.summary(id: IndicatorID(indicatorID))
            let disclosure = Disclosure(role: context.user?.role)
            // A workforce census measure or a placements figure: its latest figure from the staff
            // records or the placements ("c" to board roles for 1 to 5 children).
            if summary == nil, let w = try await programme.linkedFigure(indicatorID) {
                let d = w.definition
                let shown = !disclosure.suppresses || w.shownToBoards
                linked.append(PlanPages.LinkedIndicator(
                    id: indicatorID, title: d.title,
                    href: d.source == .workforce ? Site.workforce.path + "#measures" : Site.sufficiency.path + "#targets",
                    latest: (shown ? IndicatorFormat.value(w.value, d) : "c") + " (\(w.day.uk))",
                    off: status.offTrajectory[indicatorID] != nil, offReason: status.offTrajectory[indicatorID] ?? "",
                    trajectories: a.trajectories.filter { $0.indicatorID == indicatorID }.map {
                        "from \(IndicatorFormat.value($0.baseline, d.unit)) on \($0.baselineDate.long) to \(IndicatorFormat.value($0.target, d.unit)) by \($0.targetDate.long)"
                    }))
                continue
            }
            // A local measure kept from boards is not listed to board roles.
            if disclosure.suppresses, summary?.definition.boardVisible == false { continue }
            let latest = summary?.latest
            let text = summary.map { IndicatorText(summary: $0, disclosure: disclosure) }
            let value = latest.flatMap { snap in text.map { $0.value(snap) + " (\(snap.period.label))" } } ?? "not computed"
            let unit = summary?.definition.unit ?? .percent
            linked.append(PlanPages.LinkedIndicator(
                id: indicatorID, title: summary?.definition.title ?? indicatorID, href: Site.indicator(indicatorID), latest: value,
                off: status.offTrajectory[indicatorID] != nil, offReason: status.offTrajectory[indicatorID] ?? "",
                trajectories: a.trajectories.filter { $0.indicatorID == indicatorID }.map {
                    "from \(IndicatorFormat.value($0.baseline, unit)) on \($0.baselineDate.long) to \(IndicatorFormat.value($0.target, unit)) by \($0.targetDate.long)"
                }))
        }
        let priority = plan.priorities.first { $0.id == a.priorityID }
        return views.response("action", PlanPages.Action(
            page: PageChrome(title: "Action \(a.id)", context: context, section: .programme, authorityName: await indicators.authorityName),
            id: a.id, stamp: EditStamp.action(a), title: a.title, priority: priority.map { "\($0.id) \($0.title)" } ?? a.priorityID, owner: a.owner, ownerUser: a.ownerUser,
            start: a.start?.long, startInput: DateInput("start", id: "astart", label: "Start", value: a.start), due: a.due.long,
            dueInput: DateInput("due", id: "adue", label: "Due", value: a.due), completed: a.completed?.long,
            completedInput: DateInput("completed", id: "acompleted", label: "Completed", value: a.completed),
            baselineDateInput: DateInput("baseline_date", id: "tbd", label: "Baseline date"),
            targetDateInput: DateInput("target_date", id: "ttd", label: "Target date"), status: a.status.rawValue,
            rag: RAGTag(status.rag[a.id] ?? .green), computedRag: RAGTag(status.rule.computed(a, today: status.today)),
            overridden: a.override != nil, overrideReason: a.override?.reason ?? "", findings: findings, indicators: linked,
            notes: a.progress.reversed().map { PlanPages.Note(date: $0.date.long, author: $0.author, text: $0.text) },
            evidence: a.evidence.map { PlanPages.EvidenceRow(kind: $0.kind.rawValue, title: $0.title, location: $0.location, isLink: $0.kind == .link) },
            canEdit: canEdit, canUpdate: Access.mayUpdate(owner: a.ownerUser, context.user), version: plan.version,
            statusChoices: PlanAction.Status.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == a.status) },
            ownerChoices: canEdit ? try await ownerChoices(selected: a.ownerUser) : [],
            overrideChoices: [Choice(value: "", label: "none: use the computed RAG", selected: a.override == nil)]
                + ActionRAG.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: a.override?.rag == $0) },
            findingChoices: canEdit ? status.findingChoices(selected: a.findingIDs) : [],
            indicatorChoices: canEdit ? try await indicatorChoices(selected: a.indicatorIDs) : [],
            evidenceChoices: Evidence.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) }))
    }

    // MARK: writes

    private func importCSV(_ request: Request, _ context: AppContext) async throws -> Response {
        try await spool.withFolder { folder in try await importCSV(request, context, into: folder) }
    }

    private func importCSV(_ request: Request, _ context: AppContext, into folder: UploadSpool.Folder) async throws -> Response {
        let upload = try await MultipartUpload.receive(request, into: folder, limit: 5 * 1_048_576)
        try CSRF.check(upload.fields[CSRF.field], context)
        guard let file = upload.files.first, let data = FileManager.default.contents(atPath: file.path) else {
            throw HTTPError(.badRequest, message: "Choose the plan's CSV file.")
        }
        let current = try await programme.programme().currentPlan
        let owners = Set(try await programme.possibleOwners().map(\.name))
        let title = try FormValues.text(upload.fields["title"], "title of the imported plan", field: "title", max: 200)
        let plan: ImprovementPlan
        do {
            plan = try PlanCSV.nextVersion(data: data, file: file.lastPathComponent, title: title, after: current, owners: owners)
        } catch {
            throw HTTPError(.unprocessableContent, message: "The plan was not imported and nothing changed. \(error.description)")
        }
        try await programme.savePlan(plan, by: user(context), action: "import plan CSV")
        return .redirect(to: Site.plan.path, type: .normal)
    }

    private func apply(_ form: ActionForm, to action: inout PlanAction, known: ProgrammeStatus) throws {
        action.title = try FormValues.text(form.title, "action", field: "title", max: 500)
        action.owner = try FormValues.text(form.owner, "owner", field: "owner", max: 200)
        action.start = try FormValues.day(form.start, "start date", field: "start", required: false)
        guard let due = try FormValues.day(form.due, "due date", field: "due") else { return }
        action.due = due
        if let s = form.status { action.status = try FormValues.choice(s, "status", field: "status") }
        action.completed = try FormValues.day(form.completed, "completion date", field: "completed", required: false)
        if action.status == .complete && action.completed == nil { action.completed = programme.today }
        if action.status != .complete { action.completed = nil }
        let findings = Set(known.programme.findings.map(\.id))
        action.findingIDs = (form.findings ?? []).filter(findings.contains)
        if let ids = form.indicators {
            action.indicatorIDs = ids.filter { !$0.isEmpty }
            action.trajectories.removeAll { !action.indicatorIDs.contains($0.indicatorID) }
        }
        if let rag = form.rag_override, !rag.isEmpty {
            let reason = try FormValues.text(form.override_reason, "reason for overriding the RAG", field: "override_reason", max: 500)
            action.override = PlanAction.Override(rag: try FormValues.choice(rag, "RAG", field: "rag_override"), reason: reason)
        } else if form.rag_override != nil {
            action.override = nil
        }
    }

    /// Changes the action as stored at the moment of the change, so two people adding notes at once
    /// both land.
    private func update(_ context: AppContext, what: String,
                        _ change: @escaping @Sendable (inout PlanAction, ProgrammeStatus) throws -> Void) async throws {
        let status = try await programme.status()
        let actionID = try id(context)
        let plan = try status.programme.latestPlan()
        try await programme.updatePlan(version: plan.version, by: user(context), what: what) { plan in
            guard let i = plan.actions.firstIndex(where: { $0.id == actionID }) else {
                throw ApplicationError.notFound("The plan in force has no action \(actionID).")
            }
            try change(&plan.actions[i], status)
            return (actionID, ())
        }
    }

    private func currentPlan(_ context: AppContext) async throws -> ImprovementPlan {
        try await programme.currentPlanStartingIfNone(by: user(context))
    }

    /// Every indicator an action can be linked to: the returns', the local measures and the
    /// workforce census measures.
    private func indicatorChoices(selected: [String]) async throws -> [Choice] {
        let placements = indicators.catalogue.sufficiency.map(\.definition)
        let definitions = try await indicators.allSummaries().map(\.definition) + (indicators.catalogue.workforce + indicators.catalogue.workforceProfile).map(\.definition) + placements
        return definitions.map { d in
            Choice(value: d.id.rawValue, label: (d.source == .workforce ? "Workforce: " : placements.contains(d) ? "Placements: " : "") + d.title,
                   selected: selected.contains(d.id.rawValue))
        }
    }

    private func ownerChoices(selected: String?) async throws -> [Choice] {
        try await OwnerChoices.make(programme, selected: selected)
    }

    private func id(_ context: AppContext) throws -> String {
        guard let id = context.parameter("id") else { throw ApplicationError.notFound("There is no such action.") }
        return id
    }

    private func user(_ context: AppContext) -> String { context.user?.name ?? "" }
}

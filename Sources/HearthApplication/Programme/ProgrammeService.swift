import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// The authority's improvement programme: reads it from the store, loads the authority's real
/// Ofsted history the first time, works out each day's status, and writes every change with an
/// audit record naming who made it.
public actor ProgrammeService {
    let store: any Store
    public nonisolated let indicators: IndicatorService
    public nonisolated let clock: ProgrammeClock
    public nonisolated let calendar: WorkingDayCalendar
    /// Where the workforce census measures an action may be linked to are read (nil: such a
    /// link is listed but not judged, as in the command line's plan commands).
    let workforce: WorkforceService?

    public init(store: any Store, indicators: IndicatorService, workforce: WorkforceService? = nil) {
        self.init(store: store, indicators: indicators, clock: .live, workforce: workforce)
    }

    public init(store: any Store, indicators: IndicatorService, clock: ProgrammeClock,
         calendar: WorkingDayCalendar = .englandAndWales, workforce: WorkforceService? = nil) {
        self.store = store
        self.indicators = indicators
        self.clock = clock
        self.calendar = calendar
        self.workforce = workforce
    }

    /// The latest figure of a workforce census measure or a placements figure an action links,
    /// for the action's page (nil for any other indicator).
    public func linkedFigure(_ id: String) async throws -> LinkedFigure? {
        try await LinkedFigure.read([id], workforce: workforce, catalogue: indicators.catalogue, targets: indicators.targets)[id]
    }

    public nonisolated var authority: String { indicators.authority }
    public nonisolated var today: Day { clock.today() }

    public func programme() async throws -> Programme {
        try await store.programme(authority: authority)
    }

    /// On first run an authority starts with its inspections and visits from Ofsted's published
    /// outcome tables, so the regulatory record is never typed in by hand. Returns how many
    /// were loaded (none when the store already holds any).
    @discardableResult
    public func loadOfstedHistoryIfEmpty() async throws -> Int {
        guard try await programme().inspections.isEmpty,
              let la = AuthorityDirectory.shipped[authority] else { return 0 }
        let history = try OfstedHistory.shipped().inspections(of: la)
        for inspection in history {
            try await store.saveInspection(inspection, authority: authority)
        }
        return history.count
    }

    public func status() async throws -> ProgrammeStatus {
        let programme = try await programme()
        return ProgrammeStatus(programme: programme, today: today, offTrajectory: try await offTrajectory(programme.currentPlan))
    }

    /// Each linked indicator's latest computed year against the line the plan set for it; with no
    /// line, a red RAG against the indicator's target counts as off.
    private func offTrajectory(_ plan: ImprovementPlan?) async throws -> [String: String] {
        guard let plan else { return [:] }
        var out: [String: String] = [:]
        // The staff records and placements are read once, and only when an action links one of their figures.
        let linked = Set(plan.actions.flatMap { $0.indicatorIDs + $0.trajectories.map(\.indicatorID) })
        let others = try await LinkedFigure.read(linked, workforce: workforce, catalogue: indicators.catalogue, targets: indicators.targets)
        for action in plan.actions {
            for id in Set(action.indicatorIDs + action.trajectories.map(\.indicatorID)) where out[id] == nil {
                // Board members read these reasons (and the plan's coverage built on them), so only a
                // figure they may see is judged: "off its trajectory" or "red" beside a withheld
                // figure would narrow it. A child-level role reads that figure on its own page.
                if let figure = others[id] {
                    if let reason = figure.offTrajectory(action.trajectories.filter { $0.indicatorID == id }) { out[id] = reason }
                    continue
                }
                guard let summary = try await indicators.summary(id: IndicatorID(id)), summary.definition.boardVisible, let latest = summary.latest,
                      let value = IndicatorText(summary: summary, disclosure: .aggregate).figure(latest)?.shown else { continue }
                let shown = IndicatorFormat.value(value, summary.definition)
                let format = { (v: Double) in IndicatorFormat.value(v, summary.definition) }
                let lines = action.trajectories.filter { $0.indicatorID == id }
                if summary.definition.polarity != .context, let line = lines.first(where: {
                    $0.isOff(value: value, on: latest.period.end, higherIsBetter: summary.definition.polarity == .high)
                }) {
                    out[id] = "\(summary.definition.title): \(shown) in \(latest.period.label), "
                        + "the trajectory expects \(format(line.expected(on: latest.period.end))) by then"
                } else if lines.isEmpty, summary.rag == .red {
                    out[id] = "\(summary.definition.title): \(shown) in \(latest.period.label), red against its target"
                }
            }
        }
        return out
    }

    // MARK: writes

    private var starting: Task<ImprovementPlan, any Error>?

    /// The plan in force, or a first, empty version when there is none. Two first edits at once
    /// start one plan, not two that overwrite each other.
    public func currentPlanStartingIfNone(by user: String) async throws -> ImprovementPlan {
        if let plan = try await programme().currentPlan { return plan }
        if let starting { return try await starting.value }
        let task = Task { () async throws -> ImprovementPlan in
            let plan = ImprovementPlan(version: 1, title: "Improvement plan", priorities: [], actions: [])
            try await savePlan(plan, by: user, action: "start plan")
            return plan
        }
        starting = task
        defer { starting = nil }
        return try await task.value
    }

    public func saveInspection(_ inspection: Inspection, by user: String) async throws {
        try await store.saveInspection(inspection, authority: authority)
        try await audit(user, "save inspection", "\(inspection.kind.rawValue) \(inspection.startDate.iso)")
    }

    public func saveIntervention(_ intervention: Intervention, by user: String) async throws {
        try await store.saveIntervention(intervention, authority: authority)
        try await audit(user, "save intervention", "\(intervention.kind.rawValue) \(intervention.issued.iso)")
    }

    /// Adds or replaces a source of findings. Its findings' ids must be new to the programme
    /// (actions name findings by id, whatever their source), and its intervention one it holds.
    public func saveSource(_ source: FindingSource, by user: String) async throws {
        let p = try await programme()
        let elsewhere = Set(p.inspections.flatMap(\.findings).map(\.id)
            + p.sources.filter { $0.id != source.id }.flatMap(\.findings).map(\.id))
        if let clash = source.findings.first(where: { elsewhere.contains($0.id) }) {
            throw ApplicationError.conflict("Another inspection or source already has a finding \(clash.id): give this one another id.")
        }
        if let n = source.interventionID, !p.interventions.contains(where: { $0.id == n }) {
            throw ApplicationError.invalid("There is no intervention \(n).")
        }
        try await store.saveSource(source, authority: authority)
        try await audit(user, "save source of findings", "\(source.kind.rawValue) \(source.date.iso)")
    }

    /// Records that plan `version` was approved by resolution `index` (from 0) of meeting
    /// `meetingID`: the version is in force from the meeting's day. A meeting still to be held, or
    /// a resolution it does not have, is refused at the field that names it.
    public func approvePlan(version: Int, meetingID: String, resolution index: Int, by user: String) async throws -> ImprovementPlan.Approval {
        let p = try await programme()
        guard let m = p.meetings.first(where: { $0.id == meetingID }), m.resolutions.indices.contains(index) else {
            throw LocalMeasureService.InvalidFields(problems: [("resolution", "Choose the resolution that approved the plan")])
        }
        guard m.date <= today else { throw LocalMeasureService.InvalidFields(problems: [("resolution", "That meeting has not been held yet")]) }
        let approval = ImprovementPlan.Approval(meetingID: m.id, resolution: m.resolutions[index])
        try await updatePlan(version: version, by: user, what: "approve plan") { plan in
            plan.approved = m.date
            plan.approval = approval
            return ("approved at \(m.id)", ())
        }
        return approval
    }

    public func savePlan(_ plan: ImprovementPlan, by user: String, action: String) async throws {
        try await store.savePlan(plan, authority: authority)
        try await audit(user, action, "plan version \(plan.version)")
    }

    /// Saves a board as the web form and the API give it: named, chaired, meeting 1 to 52 weeks
    /// apart, and succeeded (if at all) by another board that exists.
    public func saveBoard(_ board: Board, by user: String) async throws {
        guard !board.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ApplicationError.invalid("Give the board's name.") }
        guard !board.chair.trimmingCharacters(in: .whitespaces).isEmpty else { throw ApplicationError.invalid("Give the board's chair.") }
        guard (1...52).contains(board.cadenceWeeks) else { throw ApplicationError.invalid("A board meets 1 to 52 weeks apart.") }
        if let successor = board.succeededBy {
            guard successor != board.id else { throw ApplicationError.invalid("A board cannot succeed itself.") }
            guard try await programme().boards.contains(where: { $0.id == successor }) else {
                throw ApplicationError.invalid("There is no board \(successor) to succeed it.")
            }
        }
        try await store.saveBoard(board, authority: authority)
        try await audit(user, "save board", board.name)
    }

    /// Schedules a new meeting; `alreadyThere` is the message when the board has one with its id.
    public func addMeeting(_ meeting: Meeting, by user: String, alreadyThere: String) async throws {
        do { try await store.addMeeting(meeting, authority: authority) } catch StoreError.duplicate {
            throw ApplicationError.conflict(alreadyThere)
        }
        try await audit(user, "schedule meeting", "\(meeting.boardID) \(meeting.date.iso)")
    }

    /// Changes one meeting as it stands in the store when the change is made (not as the page
    /// that asked for it showed it): two people recording at once both land. A meeting that is
    /// not there is `ApplicationError.notFound`. Returns what `change` returns.
    @discardableResult
    public func updateMeeting<T: Sendable>(_ id: String, by user: String, what: String,
                                    _ change: @escaping @Sendable (inout Meeting) throws -> T) async throws -> T {
        let meeting: Meeting, result: T
        do { (meeting, result) = try await store.updateMeeting(id: id, authority: authority, change) } catch StoreError.notFound {
            throw ApplicationError.notFound("There is no such meeting.")
        }
        try await audit(user, what, "\(meeting.boardID) \(meeting.date.iso)")
        return result
    }

    /// Changes a plan version as it stands in the store when the change is made. `change` returns
    /// what it changed (an action's or priority's id), named in the audit record, and a result.
    @discardableResult
    public func updatePlan<T: Sendable>(version: Int, by user: String, what: String,
                                 _ change: @escaping @Sendable (inout ImprovementPlan) throws -> (subject: String, result: T)) async throws -> T {
        let done: (subject: String, result: T)
        do { done = try await store.updatePlan(version: version, authority: authority, change) } catch StoreError.notFound(let what) {
            throw ApplicationError.notFound("The plan has no \(what).")
        }
        try await audit(user, what, "\(done.subject) of plan version \(version)")
        return done.result
    }

    private func audit(_ user: String, _ action: String, _ subject: String) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: action, subject: subject))
    }
}

import HearthCore

/// Where the improvement programme is kept: the regulator's record, DfE's intervention, every
/// version of the plan, the boards and their meetings. Each method is one transaction. A change
/// to what is already stored (a resolution added, a note on an action) goes through `updateMeeting`
/// or `updatePlan`, which read and write inside one locked transaction. Saves
/// replace the whole thing written (an inspection with its findings, a meeting with its agenda,
/// attendance, resolutions and actions arising), so a form that saves a meeting never leaves half
/// of it behind. A list naming one id twice (findings, priorities, actions, actions arising) is
/// refused with `StoreError.duplicate` before anything is written.
public protocol ProgrammeStore: Sendable {
    /// All an authority holds, plans in full, each list in a stable order: inspections by start
    /// date, interventions by date of issue, meetings by date (each then by id), plans by version,
    /// boards by id; findings, priorities, actions and every list inside them in the order saved.
    func programme(authority: String) async throws -> Programme

    /// Adds or replaces an inspection and its findings (in the order given).
    func saveInspection(_ inspection: Inspection, authority: String) async throws
    /// Adds or replaces an intervention.
    func saveIntervention(_ intervention: Intervention, authority: String) async throws
    /// Adds or replaces a source of findings (a DfE review, a commissioner…) and its findings (in the order given).
    func saveSource(_ source: FindingSource, authority: String) async throws

    /// Adds a plan version, or replaces every priority and action of an existing one; other
    /// versions are never changed. Throws `StoreError.notFound` when an action's priority is not
    /// in the plan.
    func savePlan(_ plan: ImprovementPlan, authority: String) async throws
    /// Adds (after the last) or replaces (in its place) one priority of a version; throws
    /// `StoreError.notFound` without the version.
    func savePriority(_ priority: Priority, version: Int, authority: String) async throws
    /// Adds (after the last) or replaces (in its place) one action, with its notes, evidence and
    /// trajectories, of a version; throws `StoreError.notFound` without the version or the
    /// action's priority in it.
    func saveAction(_ action: PlanAction, version: Int, authority: String) async throws
    /// Reads a plan version, applies `change` and writes back what changed (priorities and actions
    /// added or edited, the title, the approval), in one transaction that holds the version
    /// against every other writer, so a change made by someone at the same moment is never lost.
    /// Throws `StoreError.notFound` without the version, or if `change` removes a priority or an
    /// action (a plan is refreshed as a new version instead). Returns what `change` returns.
    func updatePlan<T: Sendable>(version: Int, authority: String,
                                 _ change: @escaping @Sendable (inout ImprovementPlan) throws -> T) async throws -> T
    /// `updatePlan` on several versions at once, in one transaction: each is locked (in
    /// ascending order, so two writers never wait on each other) and read, `change` sees them in
    /// that order, and every change lands or none does. An owner's progress goes to the plan in
    /// force and to the refresh being drafted this way.
    func updatePlans<T: Sendable>(versions: [Int], authority: String,
                                  _ change: @escaping @Sendable (inout [ImprovementPlan]) throws -> T) async throws -> T

    /// Adds or replaces a board and its members; its meetings stay.
    func saveBoard(_ board: Board, authority: String) async throws
    /// Adds or replaces a meeting with everything in it; throws `StoreError.notFound` without its board.
    func saveMeeting(_ meeting: Meeting, authority: String) async throws
    /// Adds a new meeting; throws `StoreError.duplicate` when the board has one with its id already
    /// (scheduled by someone else a moment before), which is left as it is.
    func addMeeting(_ meeting: Meeting, authority: String) async throws
    /// Reads a meeting, applies `change` and writes it back in one transaction that holds the
    /// meeting against every other writer: two people adding resolutions at once both land.
    /// Throws `StoreError.notFound` without the meeting; an error thrown by `change` writes nothing.
    /// Returns the meeting as written and what `change` returns.
    func updateMeeting<T: Sendable>(id: String, authority: String,
                                    _ change: @escaping @Sendable (inout Meeting) throws -> T) async throws -> (Meeting, T)
}

extension ProgrammeStore {
    /// Writes a whole programme (the demo's, or one moved from another install), piece by piece:
    /// inspections, interventions, other sources of findings, every plan version, boards, then meetings.
    public func saveProgramme(_ p: Programme) async throws {
        for i in p.inspections { try await saveInspection(i, authority: p.authority) }
        for n in p.interventions { try await saveIntervention(n, authority: p.authority) }
        for s in p.sources { try await saveSource(s, authority: p.authority) }
        for plan in p.plans { try await savePlan(plan, authority: p.authority) }
        for b in p.boards { try await saveBoard(b, authority: p.authority) }
        for m in p.meetings { try await saveMeeting(m, authority: p.authority) }
    }
}

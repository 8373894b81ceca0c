import HearthCore

/// Where the improvement programme is kept: the regulator's record, DfE's intervention, every
/// version of the plan, the boards and their meetings. Each method is one transaction. Writes
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

    /// Adds or replaces a board and its members; its meetings stay.
    func saveBoard(_ board: Board, authority: String) async throws
    /// Adds or replaces a meeting with everything in it; throws `StoreError.notFound` without its board.
    func saveMeeting(_ meeting: Meeting, authority: String) async throws
}

extension ProgrammeStore {
    /// Writes a whole programme (the demo's, or one moved from another install), piece by piece:
    /// inspections, interventions, every plan version, boards, then meetings.
    public func saveProgramme(_ p: Programme) async throws {
        for i in p.inspections { try await saveInspection(i, authority: p.authority) }
        for n in p.interventions { try await saveIntervention(n, authority: p.authority) }
        for plan in p.plans { try await savePlan(plan, authority: p.authority) }
        for b in p.boards { try await saveBoard(b, authority: p.authority) }
        for m in p.meetings { try await saveMeeting(m, authority: p.authority) }
    }
}

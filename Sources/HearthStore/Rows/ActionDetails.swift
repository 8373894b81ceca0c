import HearthCore

/// The lists an action holds besides its own columns.
struct ActionDetails: Sendable {
    var findingIDs: [String] = []
    var indicatorIDs: [String] = []
    var progress: [ProgressNote] = []
    var evidence: [Evidence] = []
    var trajectories: [IndicatorTrajectory] = []
}

/// The rows of every action's lists, for actions of one or more versions: written and deleted
/// together, so no list of an action can be left behind when the action is saved again.
struct ActionDetailRows: Sendable {
    private var findings: [ActionFindingRow] = []
    private var indicators: [ActionIndicatorRow] = []
    private var notes: [ProgressNoteRow] = []
    private var evidence: [EvidenceRow] = []
    private var trajectories: [TrajectoryRow] = []

    init(_ actions: [PlanAction], version: Int) {
        for a in actions {
            let key = ActionKey(version: version, id: a.id)
            findings += a.findingIDs.enumerated().map {
                ActionFindingRow(version: version, actionId: a.id, seq: $0.offset, findingId: $0.element)
            }
            indicators += a.indicatorIDs.enumerated().map {
                ActionIndicatorRow(version: version, actionId: a.id, seq: $0.offset, indicatorId: $0.element)
            }
            notes += a.progress.enumerated().map { ProgressNoteRow($0.element, of: key, seq: $0.offset) }
            evidence += a.evidence.enumerated().map { EvidenceRow($0.element, of: key, seq: $0.offset) }
            trajectories += a.trajectories.enumerated().map { TrajectoryRow($0.element, of: key, seq: $0.offset) }
        }
    }

    /// Every action list of the authority.
    init(reading tables: AuthorityTables) async throws {
        findings = try await tables.rows(ActionFindingRow.self)
        indicators = try await tables.rows(ActionIndicatorRow.self)
        notes = try await tables.rows(ProgressNoteRow.self)
        evidence = try await tables.rows(EvidenceRow.self)
        trajectories = try await tables.rows(TrajectoryRow.self)
    }

    func insert(into tables: AuthorityTables) async throws {
        try await tables.insert(findings)
        try await tables.insert(indicators)
        try await tables.insert(notes)
        try await tables.insert(evidence)
        try await tables.insert(trajectories)
    }

    /// Deletes the lists of the actions matching (one action, or every action of a version).
    static func delete(from tables: AuthorityTables, matching match: AuthorityTables.Match) async throws {
        try await tables.delete(ActionFindingRow.self, matching: match)
        try await tables.delete(ActionIndicatorRow.self, matching: match)
        try await tables.delete(ProgressNoteRow.self, matching: match)
        try await tables.delete(EvidenceRow.self, matching: match)
        try await tables.delete(TrajectoryRow.self, matching: match)
    }

    /// Each action's lists, in the order they were saved.
    func byAction() throws -> [ActionKey: ActionDetails] {
        var out: [ActionKey: ActionDetails] = [:]
        for r in findings { out[r.action, default: .init()].findingIDs.append(r.findingId) }
        for r in indicators { out[r.action, default: .init()].indicatorIDs.append(r.indicatorId) }
        for r in notes { out[r.action, default: .init()].progress.append(try r.note()) }
        for r in evidence { out[r.action, default: .init()].evidence.append(try r.evidence()) }
        for r in trajectories { out[r.action, default: .init()].trajectories.append(try r.trajectory()) }
        return out
    }
}

import HearthCore

/// A row of one of an action's lists, in the action's version: each version keeps its own copy.
protocol ActionListRow: AuthorityRow {
    var version: Int { get }
    var actionId: String { get }
}

extension ActionListRow {
    var action: ActionKey { ActionKey(version: version, id: actionId) }
}

struct ActionFindingRow: ActionListRow {
    static let table = "plan_action_findings"
    static let columns = ["version", "action_id", "seq", "finding_id"]

    let version: Int
    let actionId: String
    let seq: Int
    let findingId: String

    var values: RowValues { [version, actionId, seq, findingId] }
}

struct ActionIndicatorRow: ActionListRow {
    static let table = "plan_action_indicators"
    static let columns = ["version", "action_id", "seq", "indicator_id"]

    let version: Int
    let actionId: String
    let seq: Int
    let indicatorId: String

    var values: RowValues { [version, actionId, seq, indicatorId] }
}

struct ProgressNoteRow: ActionListRow {
    static let table = "plan_action_notes"
    static let columns = ["version", "action_id", "seq", "date", "author", "text"]

    let version: Int
    let actionId: String
    let seq: Int
    let date: String
    let author: String
    let text: String

    init(_ note: ProgressNote, of action: ActionKey, seq: Int) {
        version = action.version
        actionId = action.id
        self.seq = seq
        date = note.date.iso
        author = note.author
        text = note.text
    }

    var values: RowValues { [version, actionId, seq, date, author, text] }

    func note() throws -> ProgressNote {
        ProgressNote(date: try SQLValue.day(date, of: "a progress note of action \(actionId)"), author: author, text: text)
    }
}

struct EvidenceRow: ActionListRow {
    static let table = "plan_action_evidence"
    static let columns = ["version", "action_id", "seq", "kind", "title", "location"]

    let version: Int
    let actionId: String
    let seq: Int
    let kind: String
    let title: String
    let location: String

    init(_ e: Evidence, of action: ActionKey, seq: Int) {
        version = action.version
        actionId = action.id
        self.seq = seq
        kind = e.kind.rawValue
        title = e.title
        location = e.location
    }

    var values: RowValues { [version, actionId, seq, kind, title, location] }

    func evidence() throws -> Evidence {
        Evidence(kind: try SQLValue.code(kind, of: "evidence of action \(actionId)"), title: title, location: location)
    }
}

struct TrajectoryRow: ActionListRow {
    static let table = "plan_action_trajectories"
    static let columns = ["version", "action_id", "seq", "indicator_id", "baseline", "baseline_date", "target", "target_date"]

    let version: Int
    let actionId: String
    let seq: Int
    let indicatorId: String
    let baseline: Double
    let baselineDate: String
    let target: Double
    let targetDate: String

    init(_ t: IndicatorTrajectory, of action: ActionKey, seq: Int) {
        version = action.version
        actionId = action.id
        self.seq = seq
        indicatorId = t.indicatorID
        baseline = t.baseline
        baselineDate = t.baselineDate.iso
        target = t.target
        targetDate = t.targetDate.iso
    }

    var values: RowValues { [version, actionId, seq, indicatorId, baseline, baselineDate, target, targetDate] }

    func trajectory() throws -> IndicatorTrajectory {
        let what = "the trajectory of \(indicatorId) for action \(actionId)"
        return IndicatorTrajectory(indicatorID: indicatorId, baseline: baseline,
                                   baselineDate: try SQLValue.day(baselineDate, of: what), target: target,
                                   targetDate: try SQLValue.day(targetDate, of: what))
    }
}

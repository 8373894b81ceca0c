import HearthCore
import HearthIndicators
import HearthStore

/// Everything one meeting's pack is written from, gathered once so the builder is pure.
public struct BoardPackInputs: Sendable {
    public let authorityName: String
    public let status: ProgrammeStatus
    public let board: Board
    public let meeting: Meeting
    public let settings: PackSettings
    public let text: MeetingPackText
    /// The frozen indicator snapshots with their targets and published comparisons.
    public let summaries: [IndicatorSummary]
    public let workforce: WorkforceAnalysis?
    public let sufficiency: SufficiencyReport?
    /// Whether placements are priced from the authority's own table (else illustrative prices).
    public let ownCosts: Bool
    public let submissions: [SubmissionSummary]
    /// School absence of children in care as DfE publishes it (nil when not published for the authority).
    public let education: SchoolAbsence?
    /// Each indicator's figure as it stood at the board's previous meeting (`SinceLastMeeting`).
    public var earlierFigures: [IndicatorID: SinceLastMeeting.Earlier] = [:]
    /// Each indicator's stored twelve-month figures, one a month-end, oldest first: the run
    /// charts of the indicators that need attention.
    public var runs: [IndicatorID: [IndicatorSnapshot]] = [:]
    /// The targets in force (for the workforce census measures, which are not summaries).
    public var targets = TargetSet()

    public var today: Day { status.today }

    /// The board's meeting before this one, whose date "changed since the last meeting" counts from.
    public var previousMeeting: Meeting? {
        status.programme.meetings.filter { $0.boardID == board.id && $0.date < meeting.date }.max { $0.date < $1.date }
    }
}

extension BoardPackInputs {
    /// The same inputs with other officers' text: what the pack would say without their wording.
    public func with(text: MeetingPackText) -> BoardPackInputs {
        BoardPackInputs(authorityName: authorityName, status: status, board: board, meeting: meeting, settings: settings, text: text,
                        summaries: summaries, workforce: workforce, sufficiency: sufficiency, ownCosts: ownCosts, submissions: submissions,
                        education: education, earlierFigures: earlierFigures, runs: runs)
    }
}

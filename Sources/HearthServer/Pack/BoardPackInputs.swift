import HearthCore
import HearthIndicators
import HearthStore

/// Everything one meeting's pack is written from, gathered once so the builder is pure.
struct BoardPackInputs: Sendable {
    let authorityName: String
    let status: ProgrammeStatus
    let board: Board
    let meeting: Meeting
    let settings: PackSettings
    let text: MeetingPackText
    /// The frozen indicator snapshots with their targets and published comparisons.
    let summaries: [IndicatorSummary]
    let workforce: WorkforceAnalysis?
    let sufficiency: SufficiencyReport?
    /// Whether placements are priced from the authority's own table (else illustrative prices).
    let ownCosts: Bool
    let submissions: [SubmissionSummary]
    /// School absence of children in care as DfE publishes it (nil when not published for the authority).
    let education: SchoolAbsence?

    var today: Day { status.today }

    /// The board's meeting before this one, whose date "changed since the last meeting" counts from.
    var previousMeeting: Meeting? {
        status.programme.meetings.filter { $0.boardID == board.id && $0.date < meeting.date }.max { $0.date < $1.date }
    }
}

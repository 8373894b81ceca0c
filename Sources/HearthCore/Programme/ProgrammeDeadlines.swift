/// Dates the regulatory rules set, in working days where Ofsted counts them so.
public struct ProgrammeDeadlines: Sendable {
    public let calendar: WorkingDayCalendar

    public init(calendar: WorkingDayCalendar) {
        self.calendar = calendar
    }

    /// When the authority's action plan is due after an inspection or visit is published: 70
    /// working days after a graded inspection; 20 after a focused or monitoring visit that set
    /// areas for priority action; none otherwise.
    public func actionPlanDue(after inspection: Inspection) -> Day? {
        guard let published = inspection.publishedDate else { return nil }
        switch inspection.kind {
        case .standard, .short:
            return calendar.adding(workingDays: 70, to: published)
        case .focusedVisit, .monitoringVisit:
            return inspection.hasPriorityActions ? calendar.adding(workingDays: 20, to: published) : nil
        case .jtai:
            return nil
        }
    }

    /// When a board should next meet: `cadenceWeeks` after its last meeting.
    public static func nextMeetingDue(lastMeeting: Day, cadenceWeeks: Int) -> Day {
        lastMeeting.adding(days: 7 * cadenceWeeks)
    }
}

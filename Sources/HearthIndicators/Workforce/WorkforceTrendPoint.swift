import HearthCore

/// Staffing at one month end, for the twelve-month trend.
public struct WorkforceTrendPoint: Sendable, Hashable, Codable {
    public let monthEnd: Day
    public let inPostFTE: Double
    public let agencyFTE: Double
    public let vacancyFTE: Double
    public let absentFTE: Double

    public init(_ levels: StaffingLevels) {
        monthEnd = levels.date
        inPostFTE = levels.inPostFTE
        agencyFTE = levels.agencyFTE
        vacancyFTE = levels.vacancyFTE
        absentFTE = levels.absentFTE
    }

    /// The last day of each of the twelve months ending with the as-at date's month, the last
    /// point being the as-at date itself when it falls mid-month. Staffing comes from start, end
    /// and absence dates; the establishment is today's for every month, as HR exports hold only
    /// the current one.
    public static func monthly(_ snapshot: WorkforceSnapshot) -> [WorkforceTrendPoint] {
        monthEnds(snapshot.date).map { WorkforceTrendPoint(StaffingLevels(snapshot, on: $0)) }
    }

    /// The twelve month ends to `d`, oldest first; the last is `d` itself.
    public static func monthEnds(_ d: Day) -> [Day] {
        (0..<12).reversed().map { back in
            let month = Day(year: d.year, month: d.month, day: 1)?.adding(months: -back) ?? d
            return min(month.adding(months: 1).adding(days: -1), d)
        }
    }
}

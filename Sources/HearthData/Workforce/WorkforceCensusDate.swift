import HearthCore

/// The census date of a worker file when the caller does not give it.
public enum WorkforceCensusDate {
    /// The first 30 September on or after the latest `RoleStartDate` or `RoleEndDate` in the
    /// file: a census at 30 September lists starters and leavers of the year up to that day, so
    /// no date in it is later. Nil when no worker has either date. An extract taken long after the
    /// census date cannot be told apart, so callers who know the date should pass it.
    public static func inferred(from workers: [SocialWorker]) -> Day? {
        let latest = workers.flatMap { [$0.roleStartDate, $0.roleEndDate].compactMap { $0 } }.max()
        guard let latest else { return nil }
        guard let sameYear = Day(year: latest.year, month: 9, day: 30) else { return nil }
        return latest <= sameYear ? sameYear : Day(year: latest.year + 1, month: 9, day: 30)
    }
}

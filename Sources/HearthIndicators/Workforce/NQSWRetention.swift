import HearthCore

/// Newly qualified social workers still with the council a number of years after they started.
/// The cohort is every NQSW who started at least that many years before the as-at date (so the
/// answer is known); retained are those still employed on the anniversary of their start.
public struct NQSWRetention: Sendable, Hashable, Codable {
    public let years: Int
    public let retained: MeasureRatio

    public init(years: Int, retained: MeasureRatio) {
        self.years = years
        self.retained = retained
    }

    public init(_ snapshot: WorkforceSnapshot, years: Int) {
        var cohort = 0, stayed = 0
        for s in snapshot.staff where s.isNQSW {
            guard let start = s.startDate else { continue }
            let anniversary = start.adding(years: years)
            guard anniversary <= snapshot.date else { continue }
            cohort += 1
            if s.isEmployed(on: anniversary) { stayed += 1 }
        }
        self.init(years: years, retained: MeasureRatio(Double(stayed), Double(cohort)))
    }
}

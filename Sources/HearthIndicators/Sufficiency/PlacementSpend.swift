import HearthCore

/// Placement spend in the financial year (1 April – 31 March) holding the as-at date: spent so
/// far, and a projection to 31 March.
///
/// The projection is a straight line from today's weekly commitments: every placement open on
/// the as-at date is assumed to continue at its current weekly cost to the year end, and no
/// placement to start or end. That is what finance teams call the "commitment" forecast; it
/// leaves out demand (new children coming into care) and moves, which the forecast module
/// models, so it is the floor of the likely outturn when numbers in care are rising.
public struct PlacementSpend: Sendable, Hashable, Codable {
    public let yearStart: Day
    public let yearEnd: Day
    public let asAt: Day
    /// Cost of every looked-after placement day from `yearStart` to `asAt`, at the table's prices.
    public let spentToDate: Double
    /// Weekly cost of the placements open on `asAt`.
    public let weeklyCommitment: Double

    public init(yearStart: Day, yearEnd: Day, asAt: Day, spentToDate: Double, weeklyCommitment: Double) {
        self.yearStart = yearStart
        self.yearEnd = yearEnd
        self.asAt = asAt
        self.spentToDate = spentToDate
        self.weeklyCommitment = weeklyCommitment
    }

    /// Days after `asAt` up to and including 31 March.
    public var daysRemaining: Int { max(0, asAt.days(to: yearEnd)) }
    /// Today's commitments carried to the year end.
    public var committedToYearEnd: Double { weeklyCommitment * Double(daysRemaining) / 7 }
    public var projectedYear: Double { spentToDate + committedToYearEnd }
    /// Today's commitments for a full year (52 weeks and a day).
    public var annualisedCommitment: Double { weeklyCommitment * 365 / 7 }
}

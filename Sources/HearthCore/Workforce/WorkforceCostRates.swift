/// Annual cost of one FTE, for the cost measures. Set by each authority: pay scales, on-costs
/// and agency charge rates differ widely.
public struct WorkforceCostRates: Sendable, Hashable, Codable {
    /// Salary plus employer's on-costs (pension, National Insurance) of a permanent FTE.
    public let permanentPerFTE: Double
    /// What the council pays the agency for one FTE for a year (charge rate × hours).
    public let agencyPerFTE: Double

    public init(permanentPerFTE: Double, agencyPerFTE: Double) {
        self.permanentPerFTE = permanentPerFTE
        self.agencyPerFTE = agencyPerFTE
    }

    /// Illustrative defaults: a social worker on about £42,000 with roughly 30% on-costs, and an
    /// agency worker at about £48 an hour for 37 hours a week over 52 weeks, the order of the
    /// figures councils and the Local Government Association quote. Replace with local rates.
    public static let illustrative = WorkforceCostRates(permanentPerFTE: 55_000, agencyPerFTE: 92_000)
}

/// What the workforce costs a year at the configured rates, and what agency cover adds.
public struct WorkforceCost: Sendable, Hashable, Codable {
    public let permanentPerFTE: Double
    public let agencyPerFTE: Double
    public let inPostFTE: Double
    public let agencyFTE: Double

    public init(permanentPerFTE: Double, agencyPerFTE: Double, inPostFTE: Double, agencyFTE: Double) {
        self.permanentPerFTE = permanentPerFTE
        self.agencyPerFTE = agencyPerFTE
        self.inPostFTE = inPostFTE
        self.agencyFTE = agencyFTE
    }

    public var permanentAnnual: Double { inPostFTE * permanentPerFTE }
    public var agencyAnnual: Double { agencyFTE * agencyPerFTE }
    public var totalAnnual: Double { permanentAnnual + agencyAnnual }
    /// Extra cost of one agency FTE over a permanent one.
    public var agencyPremiumPerFTE: Double { agencyPerFTE - permanentPerFTE }
    /// What the council would save a year if every agency FTE were a permanent one.
    public var agencyPremiumAnnual: Double { agencyFTE * agencyPremiumPerFTE }
    /// Share of the pay bill spent on agency staff.
    public var agencyShareOfCost: MeasureRatio { MeasureRatio(agencyAnnual, totalAnnual) }
}

import HearthCore

extension WorkforceIndicator {
    /// The workforce's own measures a board sets targets for, beyond DfE's census ones: the agency
    /// rate of each level of seniority at the latest month-end (DfE publishes the rate for all
    /// social workers only) and the agency workers taken on permanently in the last twelve
    /// months. Read from the staff records (`AgencyRateBySeniority`, `AgencyConversions`); DfE
    /// publishes none, so they have no England figure and a target only when one is set.
    public static let profile: [WorkforceIndicator] = [
        seniority(.seniorLeadership, "sw_agency_rate_senior", "Agency rate: senior leadership"),
        seniority(.manager, "sw_agency_rate_managers", "Agency rate: managers"),
        seniority(.practitioner, "sw_agency_rate_practitioners", "Agency rate: practitioners"),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_agency_conversions", title: "Agency workers taken on permanently",
            definition: "People whose agency contract ended and who started a permanent contract (the same staff_id) in the twelve months to the as-at date.",
            numerator: "agency workers converted", denominator: "",
            periodKind: .rolling, unit: .count, polarity: .high, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            formula: "agency contract then permanent, same person", ratio: { MeasureRatio(Double($0.conversions.count), 1) }),
    ]

    private static let why = "The council's own staff records: DfE's workforce census publishes no such figure by authority."

    private static func seniority(_ role: WorkforceRole, _ id: String, _ title: String) -> WorkforceIndicator {
        WorkforceIndicator(IndicatorDefinition(
            id: IndicatorID(id), title: title,
            definition: "FTE agency workers as a percentage of agency plus directly employed FTE, among \(role.title.lowercased()), at the latest month-end of the staff records.",
            numerator: "FTE agency workers", denominator: "FTE agency workers + FTE directly employed",
            periodKind: .snapshot, unit: .percent, polarity: .low, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            formula: "agency ÷ (agency + employed) FTE, \(role.rawValue)",
            ratio: { r in r.agencyBySeniority.series.first { $0.role == role }?.latest?.rate ?? MeasureRatio(0, 0) })
    }
}

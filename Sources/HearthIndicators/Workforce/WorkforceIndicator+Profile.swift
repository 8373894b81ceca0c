import HearthCore

extension WorkforceIndicator {
    /// The workforce's own measures a board sets targets for, beyond DfE's census ones: the agency
    /// rate of each level of seniority at the latest month-end (DfE publishes the rate for all
    /// social workers only), the agency workers taken on permanently in the last twelve months,
    /// trainees' retention after 1, 2 and 3 years, average length of service, leavers who stayed
    /// under two years, and the share of staff from Black, Asian, mixed or other ethnic groups.
    /// Read from the staff records; DfE publishes none by authority, so they have no England
    /// figure and a target only when one is set. Those that count people are `countsStaff`.
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
        retention(1), retention(2), retention(3),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_average_service", title: "Average length of service",
            definition: "Mean years from the start of each person's continuous permanent or seconded service (over contract changes, not agency time) to the as-at date, of those in post with a start date recorded.",
            numerator: "years of service of those in post", denominator: "people in post with a start date",
            periodKind: .snapshot, unit: .years, polarity: .high, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            // Longer service is read as better: the minutes' worry is a "younger transient workforce".
            formula: "Σ years since start ÷ people in post", countsStaff: true,
            ratio: { r in MeasureRatio((r.leavers.averageServiceYears ?? 0) * Double(r.leavers.inPostCounted), Double(r.leavers.inPostCounted)) }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_leavers_short_service", title: "Leavers with under two years' service",
            definition: "Leavers in the year to the as-at date who had served under two years, as a percentage of the year's leavers whose start date is recorded.",
            numerator: "leavers with under 2 years' service", denominator: "leavers with a start date",
            periodKind: .rolling, unit: .percent, polarity: .low, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            formula: "leavers under 2 years ÷ leavers with a start date", countsStaff: true,
            ratio: { r in
                let bands = Dictionary(r.leavers.byService.map { ($0.key, $0.count) }, uniquingKeysWith: +)
                let short = (bands[ServiceBand.underOne.rawValue] ?? 0) + (bands[ServiceBand.oneToTwo.rawValue] ?? 0)
                return MeasureRatio(Double(short), Double(r.leavers.leavers - (bands[ServiceBand.notKnown.rawValue] ?? 0)))
            }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_ethnic_minority_share", title: "Staff from Black, Asian, mixed or other ethnic groups",
            definition: "People in post in the Mixed, Asian, Black or Other broad ethnic groups, as a percentage of those in post whose ethnicity is known; the authority's residents' share (ONS Census 2021) stands beside it on the workforce page.",
            numerator: "people in post of those groups", denominator: "people in post with a known ethnicity",
            periodKind: .snapshot, unit: .percent, polarity: .high, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            // Higher is read as better: councils' workforce strategies aim for a workforce that
            // reflects the community it serves, and most of them fall short of it.
            formula: "Mixed + Asian + Black + Other ÷ known ethnicity, in post", countsStaff: true,
            ratio: { r in
                let known = r.diversity.ethnicity.filter { $0.group != .notKnown }
                return MeasureRatio(Double(known.filter { $0.group != .white }.reduce(0) { $0 + $1.staff }),
                                    Double(known.reduce(0) { $0 + $1.staff }))
            }),
    ]

    /// Trainees of every route in (ASYE, Step Up, Frontline, apprenticeship, overseas) still
    /// employed `years` after they started (`TraineeCohorts.allRoutes`).
    private static func retention(_ years: Int) -> WorkforceIndicator {
        WorkforceIndicator(IndicatorDefinition(
            id: IndicatorID("sw_trainee_retention_\(years)y"), title: "Trainees still in post after \(years) year\(years == 1 ? "" : "s")",
            definition: "Of the trainees and newly qualified social workers (every route in) who started at least \(years) year\(years == 1 ? "" : "s") before the as-at date, the percentage still employed on the anniversary of their start.",
            numerator: "still employed \(years) year\(years == 1 ? "" : "s") on", denominator: "trainees who started \(years)+ years before",
            periodKind: .snapshot, unit: .percent, polarity: .high, source: .workforce, area: .workforce,
            notPublishedBecause: why, countsChildren: false),
            formula: "still employed after \(years)y ÷ cohort, all routes", countsStaff: true,
            ratio: { r in r.trainees.allRoutes.first { $0.years == years }?.retained ?? MeasureRatio(0, 0) })
    }

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

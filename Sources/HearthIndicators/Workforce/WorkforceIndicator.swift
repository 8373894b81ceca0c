/// A social work workforce measure: a definition of the same shape as every other indicator
/// (its id, title, DfE's published figure, its area), read from a `WorkforceReport` rather than
/// from the returns. The one list of them (`all`) is what the workforce page, the board pack,
/// `hearth workforce` and the DfE comparison all show, in this order, under these titles.
public struct WorkforceIndicator: Sendable {
    public let definition: IndicatorDefinition
    /// How the ratio is made, in a line (the CLI's "how" column).
    public let formula: String
    /// The report's value of it: a percentage for every measure but the caseload, a ratio there.
    public let ratio: @Sendable (WorkforceReport) -> MeasureRatio
    /// Whether the ratio's terms count people few enough to name (a trainee cohort, the leavers of
    /// a year, staff of an ethnic group): such a figure goes through `Disclosure` as a count of
    /// children would. The census measures divide FTE across the service and are shown as they are.
    public let countsStaff: Bool

    public var id: IndicatorID { definition.id }
    public var title: String { definition.title }
    /// The caseload reads as cases per FTE; the others as percentages.
    public var isRatio: Bool { definition.unit == .perFTE }

    /// The value a page shows: the percentage, the ratio for the caseload, the count for a count.
    public func value(_ report: WorkforceReport) -> Double? {
        switch definition.unit {
        case .perFTE, .years: ratio(report).ratio
        case .count: ratio(report).numerator
        default: ratio(report).percent
        }
    }

    init(_ definition: IndicatorDefinition, formula: String, countsStaff: Bool = false,
         ratio: @escaping @Sendable (WorkforceReport) -> MeasureRatio) {
        self.definition = definition
        self.formula = formula
        self.countsStaff = countsStaff
        self.ratio = ratio
    }

    /// The value as `disclosure`'s audience may see it: withheld when the figure counts staff and
    /// either of its terms (or, for a percentage, what the numerator leaves) is 1 to 5 people.
    public func shown(_ report: WorkforceReport, _ disclosure: Disclosure) -> Disclosed<Double>? {
        let v = value(report)
        guard countsStaff else { return v.map { .shown($0) } }
        let r = ratio(report)
        return disclosure.figure(v, numerator: r.numerator, denominator: r.denominator, unit: definition.unit)
    }

    /// DfE's workforce census measures (children's social workers, census at 30 September), as
    /// DfE defines them in the census guidance and LAIT's dictionary; each polarity is the
    /// dictionary's, but for the caseload, which Hearth reads against each team's own target.
    public static let all: [WorkforceIndicator] = [
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_vacancy_rate", title: "Vacancy rate",
            definition: "FTE vacancies as a percentage of FTE vacancies plus FTE social workers in post, on the as-at date.",
            numerator: "FTE vacancies", denominator: "FTE vacancies + FTE in post",
            periodKind: .snapshot, unit: .percent, polarity: .low, source: .workforce, area: .workforce,
            published: .explore(PublishedMeasure(.workforce, "vacancy_rate_fte", polarity: .low, from: "Work_Force_Vac_Rate"))),
            formula: "vacant ÷ (vacant + in post) FTE", ratio: { $0.vacancyRate }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_agency_rate", title: "Agency rate",
            definition: "FTE agency social workers as a percentage of FTE agency workers plus FTE social workers in post, on the as-at date.",
            numerator: "FTE agency workers", denominator: "FTE agency workers + FTE in post",
            periodKind: .snapshot, unit: .percent, polarity: .low, source: .workforce, area: .workforce,
            published: .explore(PublishedMeasure(.workforce, "agency_rate_fte", polarity: .low, from: "Work_Force_Agecy_Rate"))),
            formula: "agency ÷ (agency + in post) FTE", ratio: { $0.agencyRate }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_agency_cover_vacancies", title: "Vacancies covered by agency workers",
            definition: "FTE agency workers covering vacancies as a percentage of FTE vacancies, on the as-at date.",
            numerator: "FTE agency workers covering vacancies", denominator: "FTE vacancies",
            periodKind: .snapshot, unit: .percent, polarity: .high, source: .workforce, area: .workforce,
            // LAIT's "Percentage of vacancies covered by agency workers" (not `Work_Force_AgencyCover`,
            // the share of agency workers covering vacancies): it equals this column in every year.
            published: .explore(PublishedMeasure(.workforce, "vacancy_agency_cover_rate_fte",
                polarity: .high, from: "Vacancies_cover"))),
            formula: "agency covering ÷ vacant FTE", ratio: { $0.agencyCoverOfVacancies }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_turnover", title: "Turnover",
            definition: "FTE of social workers in post who left in the year to the as-at date, as a percentage of FTE in post on the as-at date (agency workers are not leavers).",
            numerator: "FTE leavers in the year", denominator: "FTE in post on the as-at date",
            periodKind: .rolling, unit: .percent, polarity: .low, source: .workforce, area: .workforce,
            published: .explore(PublishedMeasure(.workforce, "turnover_rate_fte", polarity: .low, from: "Work_Force_TO_Rate"))),
            formula: "leavers ÷ in post FTE", ratio: { $0.turnover }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_absence", title: "Sickness absence",
            definition: "Working days lost to sickness in the year by social workers in post on the as-at date, as a percentage of their FTE times the year's working days (253, or 254 in a year holding 29 February).",
            numerator: "working days lost to sickness", denominator: "FTE in post × working days in the year",
            periodKind: .rolling, unit: .percent, polarity: .low, dayType: .working, source: .workforce, area: .workforce,
            published: .explore(PublishedMeasure(.workforce, "absence_rate_fte", polarity: .low, from: "Work_Force_SWAbsence"))),
            formula: "days lost ÷ (in post FTE × 253; 254 in a year with 29 February)", ratio: { $0.sicknessAbsence }),
        WorkforceIndicator(IndicatorDefinition(
            id: "sw_caseload", title: "Caseload per case-holding FTE",
            definition: "Cases held by social workers ÷ FTE of case-holding social workers (agency workers included), on the as-at date.",
            numerator: "cases held", denominator: "FTE of case holders",
            periodKind: .snapshot, unit: .perFTE, polarity: .context, source: .workforce, area: .workforce,
            // DfE reads a lower caseload as better (LAIT "Low"); Hearth reads it against each team's target.
            published: .explore(PublishedMeasure(.workforce, "caseload_fte", polarity: .low, from: "Work_Force_AvgNumCase_SW"))),
            formula: "cases ÷ case-holder FTE", ratio: { $0.caseload }),
    ]
}

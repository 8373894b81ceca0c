import HearthData

/// Where DfE publishes the figure an indicator corresponds to, in the Explore Education
/// Statistics files Hearth ships, and which way DfE reads it.
public struct PublishedMeasure: Sendable {
    public enum Kind: Sendable, Equatable {
        /// The value column as published.
        case asPublished
        /// A count published without a rate: Hearth divides by the ONS 0–17 population DfE uses
        /// (mid-year estimate of the previous year) and multiplies by 10,000.
        case ratePer10kFromCount
        /// A share DfE publishes as its complement: 100 × (total − part) ÷ total, from the
        /// published counts of the part (`column` with `filters`) and of the total (`column` with
        /// `totalFilters`), rounded as DfE rounds the percentages of the same table (whole).
        case complementOfCount(totalFilters: [String: String])
    }

    public let indicatorID: String
    public let file: PublishedFile
    public let column: String
    public let filters: [String: String]
    public let kind: Kind
    /// DfE's polarity for the figure: the EES files carry none, so it is the `Polarity` of the
    /// same figure in LAIT's data dictionary, named by `polarityFrom` (the opposite one for a
    /// `complementOfCount`, whose LAIT counterpart is the part left out).
    public let polarity: PublishedPolarity
    /// The LAIT measure (`Measure_short`) whose dictionary row gives the polarity; LAIT holds the
    /// same figure, year for year, as the EES column.
    public let polarityFrom: String

    public init(_ indicatorID: String, _ file: PublishedFile, _ column: String, _ filters: [String: String] = [:],
                kind: Kind = .asPublished, polarity: PublishedPolarity, from polarityFrom: String) {
        self.indicatorID = indicatorID
        self.file = file
        self.column = column
        self.filters = filters
        self.kind = kind
        self.polarity = polarity
        self.polarityFrom = polarityFrom
    }

    /// Indicators with a DfE published counterpart in the shipped files.
    public static let all: [PublishedMeasure] = [
        PublishedMeasure("referrals_rate", .referrals, "referral_count", kind: .ratePer10kFromCount,
                         polarity: .none, from: "CPP_Total_Rateper10,000"),
        PublishedMeasure("rereferrals_12m", .referrals, "rereferral_percent", polarity: .low, from: "ReReferral"),
        PublishedMeasure("referrals_nfa", .referrals, "no_further_action_percent", polarity: .none, from: "CIN_Refferals_NFA"),
        PublishedMeasure("cpp_rate", .protectionPlansDuration, "CPP_At31", kind: .ratePer10kFromCount,
                         polarity: .none, from: "CPP_rate"),
        PublishedMeasure("cpp_subsequent", .protectionPlansSubsequent, "CPP_subsequent_percent", polarity: .low, from: "PrevRegCPR"),
        PublishedMeasure("cla_rate", .lookedAfterNumbers, "rate_per_10000",
                         ["population_type": "Children looked after on 31 March each year"], polarity: .none, from: "LAC"),
        PublishedMeasure("cla_3plus_placements", .placementStability, "children_percent",
                         ["cla_group": "CLA on 31 March", "placement_stability": "With 3 or more placements during the year"],
                         polarity: .low, from: "LACStable_2016on"),
        PublishedMeasure("cla_long_term_stability", .placementStability, "children_percent",
                         ["cla_group": "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                          "placement_stability": "Living with the same carer for at least 2 years"],
                         polarity: .high, from: "LAC_LongStable%"),
        PublishedMeasure("cla_health_checks", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their annual health assessment"], polarity: .high, from: "LACHealth%"),
        PublishedMeasure("cla_dental_checks", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their teeth checked by a dentist"], polarity: .high, from: "LACDental%"),
        PublishedMeasure("cla_immunisations", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their immunisations up to date"], polarity: .high, from: "LACVaccinations%"),
        PublishedMeasure("care_leavers_eet", .careLeaversActivity, "care_leaver_percent",
                         ["care_leaver_age": "19 to 21 years", "breakdown": "Total in education, employment or training"],
                         polarity: .high, from: "CareLeaverEET"),
        // DfE publishes, for care leavers aged 19 to 21, the activity of those whose authority is
        // in touch and "Total information not known" for the rest: the authority not in touch,
        // the young person refusing contact or no longer requiring services (the cohort already
        // without those who died or returned home). In touch is its complement. Hearth counts
        // IN_TOUCH = YES, which differs only by a young person the authority is not in touch with
        // but whose activity a third party reported (LAIT 317's methodology names the case).
        PublishedMeasure("care_leavers_in_touch", .careLeaversActivity, "care_leaver_count",
                         ["care_leaver_age": "19 to 21 years", "breakdown": "Total information not known"],
                         kind: .complementOfCount(totalFilters: ["care_leaver_age": "19 to 21 years", "breakdown": "Total"]),
                         polarity: .high, from: "CareLeavers_LA_NotInTouch"),
        PublishedMeasure("care_leavers_suitable_accommodation", .careLeaversAccommodation, "care_leaver_percent",
                         ["care_leaver_age": "19 to 21 years", "breakdown": "Accommodation considered suitable"],
                         polarity: .high, from: "CareLeaverAcc"),
        PublishedMeasure("sw_vacancy_rate", .workforce, "vacancy_rate_fte", polarity: .low, from: "Work_Force_Vac_Rate"),
        PublishedMeasure("sw_agency_rate", .workforce, "agency_rate_fte", polarity: .low, from: "Work_Force_Agecy_Rate"),
        PublishedMeasure("sw_turnover", .workforce, "turnover_rate_fte", polarity: .low, from: "Work_Force_TO_Rate"),
        // DfE reads a lower caseload as better (LAIT "Low"), though the catalogue reads it against the team's target.
        PublishedMeasure("sw_caseload", .workforce, "caseload_fte", polarity: .low, from: "Work_Force_AvgNumCase_SW"),
        PublishedMeasure("sw_absence", .workforce, "absence_rate_fte", polarity: .low, from: "Work_Force_SWAbsence"),
        // LAIT's "Percentage of vacancies covered by agency workers" (not `Work_Force_AgencyCover`, the
        // share of agency workers covering vacancies): it equals this column in every year.
        PublishedMeasure("sw_agency_cover_vacancies", .workforce, "vacancy_agency_cover_rate_fte", polarity: .high, from: "Vacancies_cover"),
    ]

    public static func forIndicator(_ id: String) -> PublishedMeasure? { all.first { $0.indicatorID == id } }
}

import HearthData

/// Where DfE publishes the figure an indicator corresponds to.
public struct PublishedMeasure: Sendable {
    public enum Kind: Sendable {
        /// The value column as published.
        case asPublished
        /// A count published without a rate: Hearth divides by the ONS 0–17 population DfE uses
        /// (mid-year estimate of the previous year) and multiplies by 10,000.
        case ratePer10kFromCount
    }

    public let indicatorID: String
    public let file: PublishedFile
    public let column: String
    public let filters: [String: String]
    public let kind: Kind

    public init(_ indicatorID: String, _ file: PublishedFile, _ column: String, _ filters: [String: String] = [:],
                kind: Kind = .asPublished) {
        self.indicatorID = indicatorID
        self.file = file
        self.column = column
        self.filters = filters
        self.kind = kind
    }

    /// Indicators with a DfE published counterpart in the shipped files.
    public static let all: [PublishedMeasure] = [
        PublishedMeasure("referrals_rate", .referrals, "referral_count", kind: .ratePer10kFromCount),
        PublishedMeasure("rereferrals_12m", .referrals, "rereferral_percent"),
        PublishedMeasure("referrals_nfa", .referrals, "no_further_action_percent"),
        PublishedMeasure("cpp_rate", .protectionPlansDuration, "CPP_At31", kind: .ratePer10kFromCount),
        PublishedMeasure("cpp_subsequent", .protectionPlansSubsequent, "CPP_subsequent_percent"),
        PublishedMeasure("cla_rate", .lookedAfterNumbers, "rate_per_10000",
                         ["population_type": "Children looked after on 31 March each year"]),
        PublishedMeasure("cla_3plus_placements", .placementStability, "children_percent",
                         ["cla_group": "CLA on 31 March", "placement_stability": "With 3 or more placements during the year"]),
        PublishedMeasure("cla_long_term_stability", .placementStability, "children_percent",
                         ["cla_group": "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                          "placement_stability": "Living with the same carer for at least 2 years"]),
        PublishedMeasure("cla_health_checks", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their annual health assessment"]),
        PublishedMeasure("cla_dental_checks", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their teeth checked by a dentist"]),
        PublishedMeasure("cla_immunisations", .healthOutcomes, "children_percent",
                         ["characteristic": "Health assessments: Children looked after all ages",
                          "breakdown": "Had their immunisations up to date"]),
        PublishedMeasure("care_leavers_eet", .careLeaversActivity, "care_leaver_percent",
                         ["care_leaver_age": "19 to 21 years", "breakdown": "Total in education, employment or training"]),
        PublishedMeasure("care_leavers_suitable_accommodation", .careLeaversAccommodation, "care_leaver_percent",
                         ["care_leaver_age": "19 to 21 years", "breakdown": "Accommodation considered suitable"]),
        PublishedMeasure("sw_vacancy_rate", .workforce, "vacancy_rate_fte"),
        PublishedMeasure("sw_agency_rate", .workforce, "agency_rate_fte"),
        PublishedMeasure("sw_turnover", .workforce, "turnover_rate_fte"),
        PublishedMeasure("sw_caseload", .workforce, "caseload_fte"),
        PublishedMeasure("sw_absence", .workforce, "absence_rate_fte"),
        PublishedMeasure("sw_agency_cover_vacancies", .workforce, "vacancy_agency_cover_rate_fte"),
    ]

    public static func forIndicator(_ id: String) -> PublishedMeasure? { all.first { $0.indicatorID == id } }
}

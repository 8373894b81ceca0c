/// The DfE published-statistics files shipped with Hearth (resources `published/dfe`).
public enum PublishedFile: String, Sendable, Hashable, CaseIterable, Codable {
    case childrenInNeed = "b1_children_in_need_2013_to_2025"
    case referrals = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025"
    case assessmentFactors = "c3_factors_identified_at_end_of_assessment_2018_to_2025"
    case protectionPlansSubsequent = "d3_cpps_subsequent_plan_2013_to_2025"
    case protectionPlansDuration = "d5_cpps_at31march_by_duration_2013_to_2025"
    case lookedAfterNumbers = "cla_number_and_rate_per_10k_children"
    case placementStability = "la_cla_placement_stability"
    case newPlacements = "la_cla_during_year_new_placements"
    case healthOutcomes = "la_conviction_health_outcome_cla"
    case careLeaversAccommodation = "la_care_leavers_accommodation_suitability"
    case careLeaversActivity = "la_care_leavers_activity"
    case adoptionTimeliness = "national_cla_adopted_average_time_between_adoption_process_stages"
    case socialWorkerChanges = "la_cla_swcount"
    case workforce = "csww_indicators_2017_to_2025"
    case population = "ons_mid-year_population_estimates_2012_to_2024"
    /// Pupil absence of children in need and looked after (all school types only).
    case pupilAbsence = "absence_la"

    public var fileName: String { rawValue + ".csv" }
}

extension PublishedFile {
    /// Which shipped file a downloaded table is a newer release of, judged by its columns (and,
    /// where two files share columns, by what their rows describe). File names are not trusted:
    /// EES names downloads differently from release to release.
    public static func recognise(_ table: PublishedTable) -> PublishedFile? {
        let columns = Set(table.columns)
        func has(_ names: String...) -> Bool { names.allSatisfy(columns.contains) }
        func rowsMention(_ column: String, _ text: String) -> Bool {
            table.rows.prefix(200).contains { ($0[column] ?? "").lowercased().contains(text) }
        }
        if has("rereferral_percent") { return .referrals }
        if has("At31_episodes") { return .childrenInNeed }
        if has("Episodes_with_assessment_factor") { return .assessmentFactors }
        if has("CPP_subsequent_percent") { return .protectionPlansSubsequent }
        if has("CPP_At31") { return .protectionPlansDuration }
        if has("population_type", "rate_per_10000") { return .lookedAfterNumbers }
        if has("placement_stability") { return .placementStability }
        if has("stage_of_adoption_process") { return .adoptionTimeliness }
        if has("sw_stability") { return .socialWorkerChanges }
        if has("vacancy_rate_fte") { return .workforce }
        if has("age_group", "population_estimate") { return .population }
        if has("social_care_group", "pt_overall") { return .pupilAbsence }
        if has("care_leaver_age", "breakdown") {
            return rowsMention("breakdown", "suitab") ? .careLeaversAccommodation : .careLeaversActivity
        }
        if has("characteristic", "breakdown", "children_count") {
            return rowsMention("characteristic", "placement") ? .newPlacements : .healthOutcomes
        }
        return nil
    }
}

import HearthCore

extension AuthorityProfile {
    /// Builds the profile of an authority (DfE code, ONS code or name) or of England ("england")
    /// for the reporting year ending 31 March `collectionYear`, from DfE's published statistics.
    public static func published(_ authority: String, collectionYear: Int,
                                 statistics: PublishedStatistics,
                                 directory: AuthorityDirectory = .shipped) throws(PublishedStatisticsError) -> AuthorityProfile {
        let isEngland = ["england", "national", "e92000001"].contains(authority.lowercased())
        let la: LocalAuthority?
        if isEngland {
            la = nil
        } else {
            guard let found = directory.find(authority) else { throw .unknownAuthority(authority) }
            la = found
        }
        var look = ProfileLookup(statistics: statistics, year: collectionYear, authority: la, directory: directory)
        guard look.population > 0 else {
            throw .noData(file: PublishedFile.population.fileName, what: "the 0–17 population of \(authority)")
        }
        let year = collectionYear
        let referrals = look.count(.referrals, "referral_count", year: year, field: "referrals")
        let nfa = look.percent(.referrals, "no_further_action_percent", year: year, field: "noFurtherActionPercent")
        let planStarts = look.count(.protectionPlansSubsequent, "CPP_start", year: year, field: "protectionPlanStarts")
        let icpcs = planStarts / planStartsPerICPC
        let durationColumns = ["3_months_or_less_percent", "more_than_3_months_6_months_percent",
                               "more_than_6_months_less_than_1_year_percent", "1_year_less_than_2_years_percent",
                               "2_years_or_more_percent"]
        let durationMix = durationColumns.map {
            look.percent(.protectionPlansDuration, $0, year: year, field: "planDurationMix")
        }
        let claTotal = "Children looked after on 31 March each year"
        let stabilityGroup = "CLA on 31 March"
        let longTermGroup = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"
        let health = "Health assessments: Children looked after all ages"
        let workforceYear = collectionYear - 1

        return AuthorityProfile(
            code: la?.code ?? "england",
            name: la?.name ?? "England",
            regionCode: la?.regionCode ?? "",
            collectionYear: collectionYear,
            population: look.population,
            referrals: Int(referrals.rounded()),
            reReferralPercent: look.percent(.referrals, "rereferral_percent", year: year, field: "reReferralPercent"),
            noFurtherActionPercent: nfa,
            notInNeedPercent: look.percent(.referrals, "not_in_need_percent", year: year, field: "notInNeedPercent"),
            childrenInNeedAt31March: Int(look.count(.childrenInNeed, "At31_episodes", year: year,
                                                    field: "childrenInNeedAt31March").rounded()),
            assessments: Int((referrals * (1 - nfa / 100)).rounded()),
            section47s: Int((icpcs * section47PerICPC).rounded()),
            initialConferences: Int(icpcs.rounded()),
            protectionPlanStarts: Int(planStarts.rounded()),
            protectionPlansAt31March: Int(look.count(.protectionPlansDuration, "CPP_At31", year: year,
                                                     field: "protectionPlansAt31March").rounded()),
            subsequentPlanPercent: look.percent(.protectionPlansSubsequent, "CPP_subsequent_percent", year: year,
                                                field: "subsequentPlanPercent"),
            planDurationMix: ProfileLookup.normalised(durationMix).map { $0 * 100 },
            lookedAfterAt31March: Int(look.count(.lookedAfterNumbers, "children_count", year: year,
                                                 where: ["population_type": claTotal],
                                                 field: "lookedAfterAt31March").rounded()),
            lookedAfterStarting: Int(look.count(.lookedAfterNumbers, "children_count", year: year,
                                                where: ["population_type": "Children starting to be looked after each year"],
                                                field: "lookedAfterStarting").rounded()),
            lookedAfterCeasing: Int(look.count(.lookedAfterNumbers, "children_count", year: year,
                                               where: ["population_type": "Children ceasing to be looked after each year"],
                                               field: "lookedAfterCeasing").rounded()),
            threeOrMorePlacementsPercent: look.percent(.placementStability, "children_percent", year: year,
                where: ["cla_group": stabilityGroup, "placement_stability": "With 3 or more placements during the year"],
                field: "threeOrMorePlacementsPercent"),
            longTermStabilityPercent: look.percent(.placementStability, "children_percent", year: year,
                where: ["cla_group": longTermGroup, "placement_stability": "Living with the same carer for at least 2 years"],
                field: "longTermStabilityPercent"),
            healthCheckPercent: look.percent(.healthOutcomes, "children_percent", year: year,
                where: ["characteristic": health, "breakdown": "Had their annual health assessment"], field: "healthCheckPercent"),
            immunisationPercent: look.percent(.healthOutcomes, "children_percent", year: year,
                where: ["characteristic": health, "breakdown": "Had their immunisations up to date"], field: "immunisationPercent"),
            dentalCheckPercent: look.percent(.healthOutcomes, "children_percent", year: year,
                where: ["characteristic": health, "breakdown": "Had their teeth checked by a dentist"], field: "dentalCheckPercent"),
            careLeaverActivity17to18: look.activityMix(age: "17 to 18 years", year: year),
            careLeaverActivity19to21: look.activityMix(age: "19 to 21 years", year: year),
            suitableAccommodationPercent17to18: look.percent(.careLeaversAccommodation, "care_leaver_percent", year: year,
                where: ["care_leaver_age": "17 to 18 years", "breakdown": "Accommodation considered suitable"],
                field: "suitableAccommodationPercent17to18"),
            suitableAccommodationPercent19to21: look.percent(.careLeaversAccommodation, "care_leaver_percent", year: year,
                where: ["care_leaver_age": "19 to 21 years", "breakdown": "Accommodation considered suitable"],
                field: "suitableAccommodationPercent19to21"),
            careLeaverNotKnownPercent: look.percent(.careLeaversAccommodation, "care_leaver_percent", year: year,
                where: ["care_leaver_age": "19 to 21 years", "breakdown": "No information"], field: "careLeaverNotKnownPercent"),
            socialWorkerFTE: look.count(.workforce, "inpost_fte", year: workforceYear, field: "socialWorkerFTE"),
            agencyFTE: look.count(.workforce, "agency_fte", year: workforceYear, field: "agencyFTE"),
            vacancyFTE: look.count(.workforce, "vacancy_fte", year: workforceYear, field: "vacancyFTE"),
            leaversFTE: look.count(.workforce, "leavers_fte", year: workforceYear, field: "leaversFTE"),
            caseHoldersFTE: look.count(.workforce, "case_holders_fte", year: workforceYear, field: "caseHoldersFTE"),
            averageCaseload: look.percent(.workforce, "caseload_fte", year: workforceYear, field: "averageCaseload"),
            absenceRatePercent: look.percent(.workforce, "absence_rate_fte", year: workforceYear, field: "absenceRatePercent"),
            estimated: look.estimated
        )
    }
}

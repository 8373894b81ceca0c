import HearthCore

/// The published figures of one authority (or England) for one reporting year that drive the
/// synthetic generator: volumes, rates and mixes to reproduce.
///
/// Counts are per reporting year ending 31 March `collectionYear`, except the workforce, which
/// is the census at 30 September of `collectionYear - 1`. Where the authority's own figure is
/// suppressed or missing, the loader uses its region's (then England's) rate scaled by the
/// authority's population, and records the field in `estimated`.
public struct AuthorityProfile: Sendable, Equatable, Codable {
    /// DfE 3-digit code, or "england" for national totals.
    public var code: String
    public var name: String
    /// ONS region code ("" for England).
    public var regionCode: String
    public var collectionYear: Int
    /// ONS mid-year 0–17 population used for rates (mid-year of `collectionYear - 1`).
    public var population: Int

    public var referrals: Int
    /// Re-referrals within 12 months, percent of referrals.
    public var reReferralPercent: Double
    /// Referrals with no further action, percent.
    public var noFurtherActionPercent: Double
    /// Referrals assessed as not in need, percent.
    public var notInNeedPercent: Double
    public var childrenInNeedAt31March: Int
    /// Completed assessments. DfE's published tables here do not carry them, so they are derived
    /// as every referral that did not end with no further action.
    public var assessments: Int
    /// Section 47 enquiries started (inferred; see `section47PerICPC`).
    public var section47s: Int
    /// Initial child protection conferences (inferred; see `planStartsPerICPC`).
    public var initialConferences: Int
    public var protectionPlanStarts: Int
    public var protectionPlansAt31March: Int
    /// Second or subsequent plans, percent of plan starts.
    public var subsequentPlanPercent: Double
    /// Plans open at 31 March by duration: ≤3 months, 3–6 months, 6–12 months, 1–2 years, 2 years+ (percent).
    public var planDurationMix: [Double]

    public var lookedAfterAt31March: Int
    public var lookedAfterStarting: Int
    public var lookedAfterCeasing: Int
    /// Looked after at 31 March with 3 or more placements in the year, percent.
    public var threeOrMorePlacementsPercent: Double
    /// Under 16s looked after 2.5 years+ living in the same placement 2 years+, percent.
    public var longTermStabilityPercent: Double
    public var healthCheckPercent: Double
    public var immunisationPercent: Double
    public var dentalCheckPercent: Double

    /// Care leaver activity mix by OC3 group, shares summing to 1, for ages 17–18 and 19–21.
    public var careLeaverActivity17to18: [CareLeaverShare]
    public var careLeaverActivity19to21: [CareLeaverShare]
    /// Care leavers in suitable accommodation, percent (of those whose accommodation is known or not).
    public var suitableAccommodationPercent17to18: Double
    public var suitableAccommodationPercent19to21: Double
    /// Care leavers whose activity / accommodation is not known (not in touch), percent.
    public var careLeaverNotKnownPercent: Double

    /// Workforce at 30 September `collectionYear - 1`.
    public var socialWorkerFTE: Double
    public var agencyFTE: Double
    public var vacancyFTE: Double
    public var leaversFTE: Double
    public var caseHoldersFTE: Double
    public var averageCaseload: Double
    /// Sickness absence, percent of working days.
    public var absenceRatePercent: Double

    /// Fields that are estimates rather than the authority's own published figure.
    public var estimated: [String]

    /// Plan starts per initial conference: about 85% of ICPCs lead to a plan nationally
    /// (DfE CIN characteristics: ~72k ICPCs and ~62k plan starts a year).
    public static let planStartsPerICPC = 0.85
    /// Section 47 enquiries per ICPC: nationally ~165k enquiries for ~72k conferences.
    public static let section47PerICPC = 2.3

    public init(code: String, name: String, regionCode: String, collectionYear: Int, population: Int,
                referrals: Int, reReferralPercent: Double, noFurtherActionPercent: Double,
                notInNeedPercent: Double, childrenInNeedAt31March: Int, assessments: Int,
                section47s: Int, initialConferences: Int, protectionPlanStarts: Int,
                protectionPlansAt31March: Int, subsequentPlanPercent: Double, planDurationMix: [Double],
                lookedAfterAt31March: Int, lookedAfterStarting: Int, lookedAfterCeasing: Int,
                threeOrMorePlacementsPercent: Double, longTermStabilityPercent: Double,
                healthCheckPercent: Double, immunisationPercent: Double, dentalCheckPercent: Double,
                careLeaverActivity17to18: [CareLeaverShare], careLeaverActivity19to21: [CareLeaverShare],
                suitableAccommodationPercent17to18: Double, suitableAccommodationPercent19to21: Double,
                careLeaverNotKnownPercent: Double, socialWorkerFTE: Double, agencyFTE: Double,
                vacancyFTE: Double, leaversFTE: Double, caseHoldersFTE: Double, averageCaseload: Double,
                absenceRatePercent: Double, estimated: [String] = []) {
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.collectionYear = collectionYear
        self.population = population
        self.referrals = referrals
        self.reReferralPercent = reReferralPercent
        self.noFurtherActionPercent = noFurtherActionPercent
        self.notInNeedPercent = notInNeedPercent
        self.childrenInNeedAt31March = childrenInNeedAt31March
        self.assessments = assessments
        self.section47s = section47s
        self.initialConferences = initialConferences
        self.protectionPlanStarts = protectionPlanStarts
        self.protectionPlansAt31March = protectionPlansAt31March
        self.subsequentPlanPercent = subsequentPlanPercent
        self.planDurationMix = planDurationMix
        self.lookedAfterAt31March = lookedAfterAt31March
        self.lookedAfterStarting = lookedAfterStarting
        self.lookedAfterCeasing = lookedAfterCeasing
        self.threeOrMorePlacementsPercent = threeOrMorePlacementsPercent
        self.longTermStabilityPercent = longTermStabilityPercent
        self.healthCheckPercent = healthCheckPercent
        self.immunisationPercent = immunisationPercent
        self.dentalCheckPercent = dentalCheckPercent
        self.careLeaverActivity17to18 = careLeaverActivity17to18
        self.careLeaverActivity19to21 = careLeaverActivity19to21
        self.suitableAccommodationPercent17to18 = suitableAccommodationPercent17to18
        self.suitableAccommodationPercent19to21 = suitableAccommodationPercent19to21
        self.careLeaverNotKnownPercent = careLeaverNotKnownPercent
        self.socialWorkerFTE = socialWorkerFTE
        self.agencyFTE = agencyFTE
        self.vacancyFTE = vacancyFTE
        self.leaversFTE = leaversFTE
        self.caseHoldersFTE = caseHoldersFTE
        self.averageCaseload = averageCaseload
        self.absenceRatePercent = absenceRatePercent
        self.estimated = estimated
    }

    /// Rate per 10,000 children of a count, on this profile's population.
    public func per10k(_ count: Int) -> Double {
        population > 0 ? Double(count) / Double(population) * 10_000 : 0
    }
}

/// One care-leaver activity group and its share of the cohort.
public struct CareLeaverShare: Sendable, Equatable, Codable {
    public enum Group: String, Sendable, Codable, CaseIterable {
        case higherEducation, otherEducation, training, employment, neetIllness, neetOther, neetParenting, notKnown
    }
    public var group: Group
    public var share: Double

    public init(_ group: Group, _ share: Double) {
        self.group = group
        self.share = share
    }
}

/// The indicators Hearth computes, in the order boards read them: the one registry of every
/// indicator. Adding one is its `Measure` file (whose definition carries every fact of it) and
/// one line here.
public struct IndicatorCatalogue: Sendable {
    /// The indicators computed from the returns.
    public let measures: [any Measure]
    /// The social work workforce measures, computed from the workforce records.
    public let workforce: [WorkforceIndicator]
    /// The workforce's own measures a board sets targets for (not DfE's census ones).
    public let workforceProfile: [WorkforceIndicator] = WorkforceIndicator.profile
    /// The placements figures a board sets targets for (read from a `SufficiencyReport`).
    public let sufficiency: [SufficiencyIndicator] = SufficiencyIndicator.all
    private let byID: [IndicatorID: Int]
    private let workforceByID: [IndicatorID: Int]

    public init(measures: [any Measure], workforce: [WorkforceIndicator] = WorkforceIndicator.all) {
        self.measures = measures
        self.workforce = workforce
        byID = Dictionary(measures.enumerated().map { ($1.definition.id, $0) }, uniquingKeysWith: { a, _ in a })
        workforceByID = Dictionary(workforce.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public static let standard = IndicatorCatalogue(measures: [
        ReferralRate(), ReReferrals(), ReferralsNFA(), AssessmentTimeliness(), Section47Rate(),
        ICPCTimeliness(), ProtectionPlanRate(), SubsequentProtectionPlans(),
        SubsequentProtectionPlans(withinYears: 2), LongProtectionPlansEnded(), ProtectionPlanReviews(),
        ContactConversion(),
        LookedAfterRate(), PlacementMoves(), LongTermStability(), SocialWorkerInstability(), DistantPlacements(), InitialHealthAssessments(), MissingFromCare(), CareReviewTimeliness(),
        HealthChecks(.health), HealthChecks(.dental), HealthChecks(.immunisations),
        CareLeaverOutcomes(.inTouch), CareLeaverOutcomes(.suitableAccommodation),
        CareLeaverOutcomes(.educationEmploymentTraining),
        AdoptionTimeliness(.a1), AdoptionTimeliness(.a2), AdoptionTimeliness(.a10),
    ])

    /// The definitions of the indicators computed from the returns, in order.
    public var definitions: [IndicatorDefinition] { measures.map(\.definition) }

    /// Every definition, the returns' indicators then the workforce's.
    public var allDefinitions: [IndicatorDefinition] { definitions + workforce.map(\.definition) }

    public func measure(_ id: IndicatorID) -> (any Measure)? { byID[id].map { measures[$0] } }

    /// The definition of any indicator, from the returns, the workforce or the placements.
    public func definition(_ id: IndicatorID) -> IndicatorDefinition? {
        measure(id)?.definition ?? workforceByID[id].map { workforce[$0].definition }
            ?? workforceProfile.first { $0.id == id }?.definition ?? sufficiency.first { $0.id == id }?.definition
    }

    /// Every indicator with a DfE published figure, with where it is read, in catalogue order.
    public var publishedSources: [(id: IndicatorID, source: BenchmarkSource)] {
        allDefinitions.compactMap { d in d.published.map { (d.id, $0) } }
    }

    /// The indicators the improvement journey shows first, in catalogue order.
    public var headline: [IndicatorDefinition] { definitions.filter(\.isHeadline) }
}

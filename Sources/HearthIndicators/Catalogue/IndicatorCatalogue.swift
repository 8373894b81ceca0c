/// The indicators Hearth computes, in the order boards read them.
public struct IndicatorCatalogue: Sendable {
    public let measures: [any Measure]
    private let byID: [String: Int]

    public init(measures: [any Measure]) {
        self.measures = measures
        byID = Dictionary(measures.enumerated().map { ($1.definition.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public static let standard = IndicatorCatalogue(measures: [
        ReferralRate(), ReReferrals(), ReferralsNFA(), AssessmentTimeliness(), Section47Rate(),
        ICPCTimeliness(), ProtectionPlanRate(), SubsequentProtectionPlans(),
        SubsequentProtectionPlans(withinYears: 2), LongProtectionPlansEnded(), ProtectionPlanReviews(),
        ContactConversion(),
        LookedAfterRate(), PlacementMoves(), LongTermStability(), DistantPlacements(), InitialHealthAssessments(), MissingFromCare(), CareReviewTimeliness(),
        HealthChecks(.health), HealthChecks(.dental), HealthChecks(.immunisations),
        CareLeaverOutcomes(.inTouch), CareLeaverOutcomes(.suitableAccommodation),
        CareLeaverOutcomes(.educationEmploymentTraining),
        AdoptionTimeliness(.a1), AdoptionTimeliness(.a2), AdoptionTimeliness(.a10),
    ])

    public var definitions: [IndicatorDefinition] { measures.map(\.definition) }

    public func measure(_ id: String) -> (any Measure)? { byID[id].map { measures[$0] } }
}

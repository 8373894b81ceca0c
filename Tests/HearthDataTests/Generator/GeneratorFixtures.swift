import HearthCore
@testable import HearthData

/// Published statistics read once for all generator tests (reading them takes a moment).
enum GeneratorFixtures {
    static let statistics: PublishedStatistics? = try? PublishedStatistics.shipped([
        .childrenInNeed, .referrals, .protectionPlansSubsequent, .protectionPlansDuration, .lookedAfterNumbers,
        .placementStability, .healthOutcomes, .careLeaversAccommodation, .careLeaversActivity, .workforce, .population,
    ])

    static func profile(_ code: String, year: Int = 2025) -> AuthorityProfile? {
        guard let statistics else { return nil }
        return try? AuthorityProfile.published(code, collectionYear: year, statistics: statistics)
    }

    /// Halton generated once with seed 1, shared by the read-only tests.
    static let halton: Dataset? = profile("876").map {
        SyntheticAuthority().generate(profile: $0, collectionYear: 2025, seed: 1)
    }
}

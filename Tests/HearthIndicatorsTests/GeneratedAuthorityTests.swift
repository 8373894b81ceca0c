import Testing
import HearthCore
import HearthData
@testable import HearthIndicators

/// Data generated "like authority X" gives X's published figures back through the indicator
/// engine: the generator and the engine agree with DfE, and with each other.
@Suite struct GeneratedAuthorityTests {
    static let statistics = try? PublishedStatistics.shipped(
        [.referrals, .protectionPlansSubsequent, .protectionPlansDuration, .lookedAfterNumbers, .placementStability,
         .healthOutcomes, .careLeaversAccommodation, .careLeaversActivity, .childrenInNeed, .workforce, .population])

    @Test(arguments: ["876", "330", "929", "202", "201"])
    func reproducesThePublishedRates(authority: String) throws {
        // Given an authority generated from its 2024-25 published figures
        let stats = try #require(Self.statistics)
        let profile = try AuthorityProfile.published(authority, collectionYear: 2025, statistics: stats)
        let dataset = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 42)
        // When the engine computes the year's indicators
        let engine = IndicatorEngine(dataset: dataset)
        let year = ReportingPeriod.financialYear(2025)
        let benchmarker = Benchmarker(statistics: stats)
        // Then each is within 2 points (percentage points, or per 10,000) of what DfE published
        for id: IndicatorID in ["rereferrals_12m", "cpp_rate", "cla_rate"] {
            let computed = try #require(try engine.compute(id, over: year).value, "\(id)")
            let measure = try #require(IndicatorCatalogue.standard.definition(id)?.published)
            guard let published = benchmarker.value(measure, level: .localAuthority, code: authority, year: 2025).number else {
                continue  // suppressed for this authority: nothing to compare with
            }
            #expect(abs(computed - published) <= 2, "\(authority) \(id): computed \(computed), published \(published)")
        }
    }
}

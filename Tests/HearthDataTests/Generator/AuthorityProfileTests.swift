import Testing
@testable import HearthData

@Suite struct AuthorityProfileTests {
    @Test func haltonProfileCarriesItsPublishedFigures() throws {
        // Given the shipped statistics
        // When Halton's 2024-25 profile is built
        let p = try #require(GeneratorFixtures.profile("876"))

        // Then it holds Halton's own published figures
        #expect(p.name == "Halton")
        #expect(p.population == 27_739)
        #expect(p.referrals == 1717)
        #expect(p.reReferralPercent == 19)
        #expect(p.protectionPlanStarts == 183)
        #expect(p.protectionPlansAt31March == 153)
        #expect(p.lookedAfterAt31March == 367)
        #expect(p.lookedAfterStarting == 112)
        #expect(p.threeOrMorePlacementsPercent == 11)
        #expect(p.longTermStabilityPercent == 61)
        #expect(p.socialWorkerFTE > 50)
        #expect(abs(p.planDurationMix.reduce(0, +) - 100) < 0.001)
    }

    @Test func inferredVolumesFollowTheDocumentedRatios() throws {
        // Given Halton's profile
        let p = try #require(GeneratorFixtures.profile("876"))

        // When the conference and enquiry volumes are inferred from plan starts
        let icpcs = Double(p.protectionPlanStarts) / AuthorityProfile.planStartsPerICPC

        // Then they follow the ratios
        #expect(p.initialConferences == Int(icpcs.rounded()))
        #expect(p.section47s == Int((icpcs * AuthorityProfile.section47PerICPC).rounded()))
        #expect(p.assessments < p.referrals)
    }

    @Test func suppressedFiguresFallBackToTheRegionScaledByPopulation() throws {
        // Given City of London, whose looked-after count and plan figures are suppressed
        let p = try #require(GeneratorFixtures.profile("201"))

        // When the profile is built
        // Then the suppressed fields are estimated, marked, and sized to its small population
        #expect(p.estimated.contains("lookedAfterAt31March"))
        #expect(p.estimated.contains("protectionPlanStarts"))
        #expect(p.lookedAfterAt31March >= 0 && p.lookedAfterAt31March < 30)
        #expect(p.lookedAfterStarting == 15)
        #expect(!p.estimated.contains("lookedAfterStarting"))
    }

    @Test func englandUsesNationalTotals() throws {
        // Given the shipped statistics
        // When the England profile is built
        let p = try #require(GeneratorFixtures.profile("england"))

        // Then it carries the national totals
        #expect(p.referrals == 632_830)
        #expect(p.lookedAfterAt31March == 81_770)
        #expect(p.protectionPlansAt31March == 49_420)
        #expect(p.childrenInNeedAt31March == 402_400)
        #expect(p.estimated.isEmpty)
    }

    @Test func unknownAuthorityIsAnError() throws {
        let stats = try #require(GeneratorFixtures.statistics)
        #expect(throws: PublishedStatisticsError.self) {
            try AuthorityProfile.published("Atlantis", collectionYear: 2025, statistics: stats)
        }
    }
}

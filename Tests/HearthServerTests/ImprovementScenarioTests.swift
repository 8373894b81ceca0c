import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 22's scenario, end to end on one authority, as the people of a council go through it:
/// a DfE 12-month review sets four priorities, each traced to actions and counted in coverage
/// (`FindingSourcesJourneyTests`); the scrutiny committee recommends to the improvement board,
/// which accepts at its next meeting, where the recommendation is on the agenda and in the pack,
/// and it is tracked to done (`RecommendationsJourneyTests`); a refreshed plan is approved at a
/// meeting by a resolution and is in force only from then; and the improvement board ceases and
/// is succeeded by an executive group (`BoardLifeJourneyTests`).
@Suite(.serialized) struct ImprovementScenarioTests {
    @Test func aDfEReviewAScrutinyRecommendationAnApprovedPlanAndABoardThatEnds() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                try await FindingSourcesJourneyTests.reviewPrioritiesTracedToActions(client, f)
                try await RecommendationsJourneyTests.scrutinyRecommendationTrackedToDone(client, f)
                try await BoardLifeJourneyTests.refreshInForceFromItsApproval(client, f)
                try await BoardLifeJourneyTests.boardCeasesAndExecutiveGroupTakesOver(client, f)
            }
        }
    }
}

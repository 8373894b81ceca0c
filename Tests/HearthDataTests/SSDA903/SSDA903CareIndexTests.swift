import HearthCore
import Testing
@testable import HearthData

@Suite struct SSDA903CareIndexTests {
    @Test func findsChildrenLookedAfterAllYearWhateverTheRowOrder() {
        // Given X in care since 2022 (two episodes, not next to each other), Y who left in
        // the year, and Z who came into care during it
        let episodes = [
            CareEpisode(childID: "X", startDate: Day(uk: "01/02/2022"), endDate: Day(uk: "01/06/2024")),
            CareEpisode(childID: "Y", startDate: Day(uk: "01/02/2022"), endDate: Day(uk: "01/09/2024")),
            CareEpisode(childID: "Z", startDate: Day(uk: "01/07/2024")),
            CareEpisode(childID: "X", startDate: Day(uk: "01/06/2024")),
        ]
        // When they are indexed for the year ending 31 March 2025
        let index = SSDA903CareIndex(episodes: episodes, year: 2025)
        // Then all three were looked after, but only X all year
        #expect(["X", "Y", "Z"].allSatisfy(index.wasLookedAfter))
        #expect(!index.wasLookedAfter("W"))
        #expect(index.wasLookedAfterAllYear("X"))
        #expect(!index.wasLookedAfterAllYear("Y"))
        #expect(!index.wasLookedAfterAllYear("Z"))
    }
}

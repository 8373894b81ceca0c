import Testing
import HearthCore
@testable import HearthIndicators

@Suite struct ChildGroupsTests {
    @Test func groupsSortedRowsByChildPosition() {
        let rows: [(child: String, value: Int)] = [("A", 1), ("A", 2), ("C", 3), ("D", 4), ("D", 5)]
        let groups = ChildGroups(sortedRows: rows, children: ["A", "B", "D"])
        #expect(groups.count == 3)
        #expect(Array(groups[0]) == [1, 2])
        #expect(groups[1].isEmpty)  // a child with no rows
        #expect(Array(groups[2]) == [4, 5])  // C is not a listed child: its row is left out
    }

    @Test func handlesNoRowsAndNoChildren() {
        #expect(ChildGroups<Int>(sortedRows: [], children: ["A"])[0].isEmpty)
        #expect(ChildGroups(sortedRows: [("A", 1)], children: [String]()).count == 0)
    }

    @Test func careHistoryKeepsEachChildsReviewsAndBirthDateByPosition() {
        func d(_ s: String) -> Day { Day(iso: s)! }
        let ret = SSDA903Return(
            collectionYear: 2025,
            header: [LookedAfterChild(childID: "B", birthDate: d("2015-01-01")), LookedAfterChild(childID: "A", birthDate: d("2012-05-05"))],
            episodes: [CareEpisode(childID: "B", startDate: d("2024-06-01")), CareEpisode(childID: "A", startDate: d("2023-01-10"))],
            reviews: [CareReview(childID: "A", reviewDate: d("2024-07-01")), CareReview(childID: "A", reviewDate: d("2024-01-02")),
                      CareReview(childID: "A", reviewDate: d("2024-07-01")), CareReview(childID: "Z", reviewDate: d("2024-07-01"))])
        let history = CareHistory(current: ret, previous: nil)
        #expect(history.episodesByChild.map(\.child) == ["A", "B"])
        #expect(history.birthDates == [d("2012-05-05"), d("2015-01-01")])
        #expect(Array(history.reviews[0]) == [d("2024-01-02"), d("2024-07-01")])  // sorted, each day once
        #expect(history.reviews[1].isEmpty)
    }
}

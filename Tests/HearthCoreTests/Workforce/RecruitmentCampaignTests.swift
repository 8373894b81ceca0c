import HearthCore
import Testing

@Suite struct RecruitmentCampaignTests {
    static func campaign(_ counts: [Int], still: Int? = nil) -> RecruitmentCampaign {
        RecruitmentCampaign(name: "Autumn", opened: Day(iso: "2026-09-01")!, applications: counts[0], shortlisted: counts[1],
                            interviewed: counts[2], offered: counts[3], appointed: counts[4], stillInPostAfter12Months: still)
    }

    @Test func aFunnelNarrowsOrStaysAtEachStage() {
        #expect(Self.campaign([30, 12, 8, 4, 3]).stagesInOrder)
        #expect(Self.campaign([3, 3, 3, 3, 3], still: 3).stagesInOrder)
        #expect(Self.campaign([30, 12, 8, 4, 3], still: 2).stages == [30, 12, 8, 4, 3, 2])
    }

    @Test func aStageWithMorePeopleThanTheOneBeforeOrANegativeCountIsRefused() {
        #expect(!Self.campaign([30, 40, 8, 4, 3]).stagesInOrder)
        #expect(!Self.campaign([30, 12, 8, 4, 3], still: 4).stagesInOrder, "more still in post than were appointed")
        #expect(!Self.campaign([30, 12, 8, 4, -1]).stagesInOrder)
    }
}

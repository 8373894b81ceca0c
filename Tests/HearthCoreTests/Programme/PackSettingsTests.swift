import HearthCore
import Testing

@Suite struct PackSettingsTests {
    @Test func theCorporateParentingBoardGetsTheChildrenInCareFocusByDefault() {
        let cpb = Board(id: "cpb", kind: .corporateParenting, name: "Corporate Parenting Board", chair: "Lead Member")
        let s = PackSettings.defaults(for: cpb)
        #expect(s.sections == [.cover, .childrenInCare, .careLeavers, .sufficiency, .arising, .implications])
        #expect(!s.sections.contains(.indicators) && !s.sections.contains(.workforce))
        #expect(s.reportTo == "Corporate Parenting Board")
    }

    @Test func anImprovementBoardGetsEverySection() {
        let ib = Board(id: "ib", kind: .improvement, name: "Improvement Board", chair: "Independent Chair")
        #expect(PackSettings.defaults(for: ib).sections == PackSection.allCases)
        #expect(PackSettings.defaults(for: ib).recommendations == ["That the report be noted."])
    }

    @Test func sectionsKeepThePacksOrderAndRecommendationsTheirLines() {
        let s = PackSettings(boardID: "b", sections: [.arising, .cover, .plan], reportTo: "Board",
                             recommendation: "That the report be noted.\n\n  That the board endorses the refreshed plan.  \n")
        #expect(s.sections == [.cover, .plan, .arising])
        #expect(s.recommendations == ["That the report be noted.", "That the board endorses the refreshed plan."])
    }

    @Test func blankTextsAreNotKeptAndMissingImplicationsAreListed() {
        let t = MeetingPackText(meetingID: "m", commentary: ["a": "  \n", "b": "Said."], implications: [.policy: " ", .financial: "Over budget."])
        #expect(t.commentary == ["b": "Said."])
        #expect(t.implications == [.financial: "Over budget."])
        #expect(t.missingImplications == [.policy, .legal, .risk, .equality, .climate])
    }
}

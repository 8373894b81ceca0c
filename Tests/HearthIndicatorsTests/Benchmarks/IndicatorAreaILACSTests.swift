import Testing
import HearthCore
@testable import HearthIndicators

/// Every catalogue indicator is filed under one of the four ILACS judgement areas, as the
/// self-evaluation reads them.
@Suite struct IndicatorAreaILACSTests {
    @Test func everyAreaHasAnILACSJudgementAndEachJudgementHasIndicators() {
        let catalogue = IndicatorCatalogue.standard
        let filed = Dictionary(grouping: catalogue.allDefinitions, by: \.area.ilacsArea)
        for area in ILACSArea.allCases {
            #expect(!(filed[area] ?? []).isEmpty, "\(area) has no indicator")
        }
        #expect(catalogue.definition("rereferrals_12m")?.area.ilacsArea == .helpAndProtection)
        #expect(catalogue.definition("cla_rate")?.area.ilacsArea == .childrenInCare)
        #expect(catalogue.definition("care_leavers_eet")?.area.ilacsArea == .careLeavers)
        #expect(catalogue.definition("sw_agency_rate")?.area.ilacsArea == .impactOfLeaders)
        #expect(IndicatorArea.local.ilacsArea == .impactOfLeaders)
    }
}

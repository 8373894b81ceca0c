import HearthCore
import Testing
@testable import HearthData

@Suite struct AnnexARecognitionTests {
    @Test(arguments: AnnexAList.allCases)
    func recognisesEachListFromItsTemplateHeadings(list: AnnexAList) {
        // Given the headings of the Ofsted template for the list
        let headings = AnnexAColumns.spec(for: list).headings

        // When / Then
        #expect(AnnexACSVReader.recognise(headings: headings) == list)
    }

    @Test func recognisesHeadingsWhateverTheirCaseSpacingOrAliases() {
        // Given list 1 headings as an authority's extract writes them
        let headings = [" child id ", "SEX", "Ethnicity", "DOB", "Age", "Date  of\nContact", "contact source"]

        // When / Then
        #expect(AnnexACSVReader.recognise(headings: headings) == .contacts)
    }

    @Test func namesTheMissingKeyColumnOfANearMiss() {
        // Given list 3 headings without the referral date
        let headings = AnnexAColumns.referrals.headings.filter { $0 != "Date of referral" }

        // When
        let outcome = AnnexAHeadingMatch.best(for: headings).outcome

        // Then
        #expect(outcome == .nearMiss(.referrals, missing: ["Date of referral"]))
        #expect(AnnexACSVReader.recognise(headings: headings) == nil)
    }

    @Test func recognisesNothingInUnrelatedHeadings() {
        #expect(AnnexAHeadingMatch.best(for: ["CHILD", "SEX", "DOB", "ETHNIC"]).outcome == .unrecognised)
    }

    @Test func acceptsTemplateCodesAndLabelsOfAFixedChoice() {
        let set = AnnexAValueSets.source
        #expect(set.contains("a) 1A: Individual"))
        #expect(set.contains("1A"))
        #expect(set.contains("police"))
        #expect(!set.contains("Carrier pigeon"))
        #expect(AnnexAValueSets.yesNo.contains("Y"))
        #expect(AnnexAValueSets.needCode.contains("N1 - Abuse or neglect"))
    }
}

import HearthCore
import Testing
@testable import HearthData

@Suite struct SSDA903RecognitionTests {
    @Test func recognisesEveryTableByItsColumns() {
        for table in SSDA903Table.allCases {
            #expect(SSDA903Recognition.recognise(headings: table.columns) == .table(table))
        }
    }

    @Test func ignoresCaseSpacesExtraColumnsAndOrder() {
        // Given a Reviews heading in lower case, reordered, padded, with an extra column
        let headings = [" review_code", "Notes", "dob ", "Child", "REVIEW"]
        // When / Then
        #expect(SSDA903Recognition.recognise(headings: headings) == .table(.reviews))
    }

    @Test func prefersTheLargestTableWhoseColumnsAreAllPresent() {
        // Given a Header heading that also carries DUC, so UASC's columns are all present too
        let headings = SSDA903Table.header.columns + ["DUC"]
        // When / Then the larger set, the Header, wins
        #expect(SSDA903Recognition.recognise(headings: headings) == .table(.header))
        #expect(SSDA903Recognition.recognise(headings: ["CHILD", "SEX", "DOB", "DUC"]) == .table(.uasc))
    }

    @Test func namesTheMissingColumnsOfANearMiss() {
        // Given an Episodes heading without REC
        let headings = SSDA903Table.episodes.columns.filter { $0 != "REC" }
        // When / Then
        #expect(SSDA903Recognition.recognise(headings: headings) == .nearMiss(.episodes, missing: ["REC"]))
    }

    @Test func doesNotCallSharedColumnsANearMiss() {
        // CHILD, SEX and DOB are in many tables, so on their own they say nothing.
        #expect(SSDA903Recognition.recognise(headings: ["CHILD", "SEX", "DOB"]) == .none)
        #expect(SSDA903Recognition.recognise(headings: ["LAchildID", "Gender", "PersonBirthDate"]) == .none)
    }
}

import HearthCore
import Testing
@testable import HearthData

@Suite struct AnnexAWriterAliasTests {
    private let spec = AnnexAColumns.lookedAfter

    private func text(_ record: AnnexARecord, _ heading: String) -> String? {
        spec.columns.firstIndex { $0.heading == heading }.map { AnnexAWriter.texts(record, spec)[$0] }
    }

    @Test func writesAFieldKeptUnderAnAlias() {
        // Given a record whose fields use alias headings
        let record = AnnexARecord(list: .lookedAfter, id: "C1", fields: ["Legal Status": "C2", "Placement URN": "SC123456"])

        // Then the writer finds them under the template columns
        #expect(text(record, "Child's Legal Status") == "C2")
        #expect(text(record, "URN of Placement") == "SC123456")
    }

    @Test func prefersTheHeadingThenTheFirstAliasInOrder() {
        // Given values under the heading and aliases, and under two aliases
        let both = AnnexARecord(list: .lookedAfter, id: "C1", fields: ["Child's Legal Status": "E1", "Legal Status": "C2"])
        let disability = AnnexARecord(list: .lookedAfter, id: "C1",
                                      fields: ["Does the child have a disability?": "b) No", "Disability": "a) Yes"])

        // Then the heading wins, and between aliases the column's first listed
        #expect(text(both, "Child's Legal Status") == "E1")
        #expect(text(disability, "Does the Child have a Disability") == "a) Yes")
    }
}

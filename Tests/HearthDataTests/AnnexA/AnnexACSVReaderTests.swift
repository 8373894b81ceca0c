import HearthCore
import Testing
@testable import HearthData

@Suite struct AnnexACSVReaderTests {
    @Test func readsContactsWithTheirTypedColumns() throws {
        // Given a contacts list in the three date forms seen in exports
        let bytes = AnnexAFixtures.contacts(
            "C1,a) Male,a) WBRI,09/03/2015,9,06/01/2025,6",
            "C2,b) Female,MWBC,9/3/2015,9,6/1/2025,a) 1A: Individual",
            "C3,b) Female,AIND,2015-03-09,9,2025-01-06,2A")

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then
        #expect(result.problems.isEmpty)
        #expect(result.lists == [.contacts])
        let first = try #require(result.records.first)
        #expect(first.id == "C1")
        #expect(first.gender == "a) Male")
        #expect(first.birthDate == Day(year: 2015, month: 3, day: 9))
        #expect(first.age == 9)
        #expect(first.date == Day(year: 2025, month: 1, day: 6))
        #expect(first.fields["Contact Source"] == "6")
        #expect(result.records.map(\.date) == Array(repeating: Day(year: 2025, month: 1, day: 6), count: 3))
    }

    @Test func reportsAnImpossibleDateWithFileLineAndField() throws {
        // Given a contact dated 31 February
        let bytes = AnnexAFixtures.contacts("C1,a) Male,WBRI,09/03/2015,9,31/02/2024,6")

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then the row is kept without the date, and the problem says where
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.file == "contacts.csv")
        #expect(problem.line == 2)
        #expect(problem.field == "Date of Contact")
        #expect(problem.message.contains("31/02/2024"))
        #expect(result.records.count == 1)
        #expect(result.records.first?.date == nil)
    }

    @Test func leavesOutARowWithABlankID() {
        // Given
        let bytes = AnnexAFixtures.contacts(",a) Male,WBRI,09/03/2015,9,06/01/2025,6", "C2,a) Male,WBRI,,,06/01/2025,6")

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then
        #expect(result.records.map(\.id) == ["C2"])
        #expect(result.problems.map(\.severity) == [.error])
        #expect(result.problems.first?.field == "Child Unique ID")
        #expect(result.problems.first?.line == 2)
    }

    @Test func leavesOutARaggedRow() {
        // Given a row with a stray comma
        let bytes = AnnexAFixtures.contacts("C1,a) Male,WBRI,09/03/2015,9,06/01/2025,6,extra", "C2,a) Male,WBRI,,,06/01/2025,6")

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then
        #expect(result.records.map(\.id) == ["C2"])
        #expect(result.problems.first?.severity == .error)
        #expect(result.problems.first?.message.contains("8 fields") == true)
    }

    @Test func keepsAnUnknownChoiceWithAWarning() {
        // Given
        let bytes = AnnexAFixtures.contacts("C1,a) Male,WBRI,09/03/2015,9,06/01/2025,Carrier pigeon")

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then
        #expect(result.records.first?.fields["Contact Source"] == "Carrier pigeon")
        #expect(result.problems.map(\.severity) == [.warning])
        #expect(result.problems.first?.field == "Contact Source")
    }

    @Test func warnsOfAMissingOrdinaryColumnAndReadsItAsBlank() {
        // Given list 1 without the age column
        let bytes = Array("Child Unique ID,Gender,Ethnicity,Date of Birth,Date of Contact,Contact Source\nC1,a) Male,WBRI,09/03/2015,06/01/2025,6\n".utf8)

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "contacts.csv")

        // Then
        #expect(result.records.first?.age == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.field == "Age of Child (Years)")
    }

    @Test func failsAFileThatLooksLikeAListButLacksAKeyColumn() {
        // Given referrals without the referral date
        let headings = AnnexAColumns.referrals.headings.filter { $0 != "Date of referral" }
        let bytes = Array((headings.joined(separator: ",") + "\n").utf8)

        // When
        let result = AnnexACSVReader.read(bytes: bytes, fileName: "referrals.csv")

        // Then
        #expect(result.hasFatal)
        #expect(result.problems.first?.message.contains("looks like List 3: Referrals but lacks column \"Date of referral\"") == true)
    }

    @Test(arguments: AnnexAList.allCases)
    func roundTripsEveryListThroughCSV(list: AnnexAList) {
        // Given records with every column filled
        let records = [AnnexAFixtures.fullRecord(list), AnnexAFixtures.fullRecord(list, id: "C0002")]

        // When written and read back
        let text = AnnexAWriter.csv(records, list: list)
        let result = AnnexACSVReader.read(bytes: Array(text.utf8), fileName: "list.csv")

        // Then
        #expect(result.problems.isEmpty)
        #expect(result.records == records)
    }

    @Test func writesTheSameBytesForTheSameRecords() {
        let annexA = AnnexAFixtures.fullAnnexA
        #expect(AnnexAWriter.csvFiles(annexA).map(\.text) == AnnexAWriter.csvFiles(annexA).map(\.text))
        #expect(AnnexAWriter.csvFiles(annexA).map(\.fileName).first == "annex-a-list-01-contacts.csv")
    }
}

import Foundation
import Testing
import HearthCore
@testable import HearthData

@Suite struct CINCensusReaderTests {
    static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Message>
      <Header>
        <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>876</LEA><SoftwareCode>Acme</SoftwareCode></Source>
      </Header>
    """

    private func read(_ children: String, header: String = CINCensusReaderTests.header) -> CINReadResult {
        CINCensusReader.read(bytes: Array((header + "<Children>" + children + "</Children></Message>").utf8),
                             fileName: "/home/analyst/returns/cin.xml")
    }

    @Test func readsEveryPartOfAChild() throws {
        // Given
        let xml = """
        <Child>
          <ChildIdentifiers><LAchildID>C9</LAchildID><UPN>A123</UPN><UPNunknown>UN2</UPNunknown>
            <PersonBirthDate>2012-01-31</PersonBirthDate><Sex>1</Sex></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>MWBC</Ethnicity>
            <Disabilities><Disability>MOB</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2024-04-02</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <CINclosureDate>2025-01-10</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>
            <DateOfInitialCPC>2024-04-20</DateOfInitialCPC><ReferralNFA>0</ReferralNFA>
            <Assessments><AssessmentActualStartDate>2024-04-03</AssessmentActualStartDate>
              <AssessmentAuthorisationDate>2024-05-01</AssessmentAuthorisationDate>
              <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment>
            </Assessments>
            <CINPlanDates><CINPlanStartDate>2024-05-02</CINPlanStartDate></CINPlanDates>
            <Section47><S47ActualStartDate>2024-04-03</S47ActualStartDate><InitialCPCtarget>2024-04-24</InitialCPCtarget>
              <DateOfInitialCPC>2024-04-20</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
            <ChildProtectionPlans><CPPstartDate>2024-04-20</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP>
              <Reviews><CPPreviewDate>2024-07-15</CPPreviewDate></Reviews></ChildProtectionPlans>
          </CINdetails>
        </Child>
        """
        // When
        let result = read(xml)
        // Then
        #expect(result.problems.isEmpty, "\(result.problems)")
        let census = try #require(result.census)
        #expect(census.header == CINHeader(year: 2025, referenceDate: Day(year: 2025, month: 3, day: 31)!,
                                           authorityCode: "876", softwareCode: "Acme"))
        let child = try #require(census.children.first)
        #expect(child.childID == "C9")
        #expect(child.sex == "1")
        #expect(child.disabilities == ["MOB", "HAND"])
        let episode = try #require(child.episodes.first)
        #expect(episode.referralNFA == false)
        #expect(episode.assessments.first?.factors == ["3A", "4B"])
        #expect(episode.cinPlans == [CINPlan(startDate: Day(year: 2024, month: 5, day: 2), endDate: nil)])
        #expect(episode.section47s.first?.icpcNotRequired == false)
        #expect(episode.protectionPlans.first?.reviewDates == [Day(year: 2024, month: 7, day: 15)!])
        #expect(episode.protectionPlans.first?.numberOfPreviousPlans == 1)
    }

    @Test func readsTheAbuseFactorsByWhoHarmedTheChildWithoutAProblem() throws {
        // Given an assessment recording sexual abuse by another child (19B) and by an adult (19C),
        // and physical abuse by an adult (18C): codes of DfE's CIN census guide since 2020-21
        let xml = """
        <Child>
          <ChildIdentifiers><LAchildID>F7</LAchildID><PersonBirthDate>2011-08-09</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
          <CINdetails>
            <CINreferralDate>2024-06-03</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>0</ReferralNFA>
            <Assessments><AssessmentActualStartDate>2024-06-04</AssessmentActualStartDate>
              <AssessmentAuthorisationDate>2024-07-19</AssessmentAuthorisationDate>
              <FactorsIdentifiedAtAssessment><AssessmentFactors>19B</AssessmentFactors><AssessmentFactors>19C</AssessmentFactors>
                <AssessmentFactors>18C</AssessmentFactors></FactorsIdentifiedAtAssessment>
            </Assessments>
          </CINdetails>
        </Child>
        """
        // When it is read
        let result = read(xml)
        // Then none of them is called unknown
        #expect(result.problems.isEmpty, "\(result.problems)")
        let assessment = try #require(result.census?.children.first?.episodes.first?.assessments.first)
        #expect(assessment.factors == ["19B", "19C", "18C"])
    }

    @Test func skipsAChildWithoutLAchildIDAndKeepsTheRest() throws {
        // Given
        let xml = "<Child><ChildIdentifiers><UPN>X</UPN></ChildIdentifiers></Child><Child><ChildIdentifiers><LAchildID>B</LAchildID></ChildIdentifiers></Child>"
        // When
        let result = read(xml)
        // Then
        #expect(result.census?.children.map(\.childID) == ["B"])
        #expect(result.children == 2)
        #expect(result.problems.map(\.field) == ["LAchildID"])
        #expect(result.problems.first?.element == "Message/Children/Child[1]")
    }

    @Test func warnsOnceForEachUnknownElementName() {
        // Given
        let xml = "<Child><ChildIdentifiers><LAchildID>A</LAchildID><Pet>x</Pet></ChildIdentifiers></Child>"
            + "<Child><ChildIdentifiers><LAchildID>B</LAchildID><Pet>y</Pet></ChildIdentifiers></Child>"
        // When
        let result = read(xml)
        // Then
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.severity == .warning)
        #expect(result.problems.first?.field == "Pet")
        #expect(result.census?.children.count == 2)
    }

    @Test func problemsNameTheFileNotItsFolder() {
        // Given / When
        let result = read("<Child><ChildIdentifiers><LAchildID>A</LAchildID><PersonBirthDate>2020-13-01</PersonBirthDate></ChildIdentifiers></Child>")
        // Then
        #expect(result.problems.first?.file == "cin.xml")
        #expect(result.problems.first?.field == "PersonBirthDate")
    }

    @Test func infersTheYearFromTheReferenceDate() throws {
        // Given
        let header = "<Message><Header><CollectionDetails><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>876</LEA></Source></Header>"
        // When
        let census = try #require(read("", header: header).census)
        // Then
        #expect(census.header.year == 2024)
    }

    @Test func rejectsAHeaderWithoutYearOrDate() {
        // Given
        let header = "<Message><Header><Source><LEA>876</LEA></Source></Header>"
        // When
        let result = read("", header: header)
        // Then
        #expect(result.census == nil)
        #expect(result.problems.contains { $0.severity == .fatal && $0.field == "ReferenceDate" })
    }

    @Test func readsNamespacedElements() throws {
        // Given
        let xml = "<c:Message xmlns:c=\"urn:cin\"><c:Header><c:CollectionDetails><c:Year>2025</c:Year></c:CollectionDetails><c:Source><c:LEA>876</c:LEA></c:Source></c:Header>"
            + "<c:Children><c:Child><c:ChildIdentifiers><c:LAchildID>N1</c:LAchildID></c:ChildIdentifiers></c:Child></c:Children></c:Message>"
        // When
        let result = CINCensusReader.read(bytes: Array(xml.utf8), fileName: "ns.xml")
        // Then
        #expect(result.census?.children.first?.childID == "N1")
    }

    @Test func recognisesACINCensusFromItsFirstBytes() {
        // Given
        let byCollection = Array((Self.header + "<Children><Child>").utf8)
        let byChild = Array("<Message><Children><Child><ChildIdentifiers><LAchildID>1</LAchildID>".utf8)
        let school = Array("<Message><Header><CollectionDetails><Collection>SCHOOL</Collection>".utf8)
        let other = Array("<EXPSSDA903><CHILD>".utf8)
        // When / Then
        #expect(CINCensusReader.looksLikeCINCensus(prefix: byCollection))
        #expect(CINCensusReader.looksLikeCINCensus(prefix: byChild))
        #expect(!CINCensusReader.looksLikeCINCensus(prefix: school))
        #expect(!CINCensusReader.looksLikeCINCensus(prefix: other))
        #expect(!CINCensusReader.looksLikeCINCensus(prefix: Array("CHILD,DOB\n".utf8)))
        #expect(!CINCensusReader.looksLikeCINCensus(prefix: []))
    }
}

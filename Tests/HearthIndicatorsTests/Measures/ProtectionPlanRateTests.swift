import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// Children on a child protection plan at 31 March (LAIT CPP_Num / CPP_rate, DfE's CPP_At31):
/// "number of children who were the subject of a child protection plan at 31 March", so a child
/// counts once however many plans are open.
@Suite struct ProtectionPlanRateTests {
    /// A CIN census as a case management system writes one: child A has a plan open on the episode
    /// referred in May 2024 and a second plan, also open, on an episode referred in January 2025
    /// (the first plan was never closed); B has one open plan; C's plan ended on 1 February 2025.
    static let census = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Message>
      <Header>
        <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>876</LEA><SoftwareCode>LiquidLogic</SoftwareCode></Source>
      </Header>
      <Children>
        <Child>
          <ChildIdentifiers><LAchildID>A</LAchildID><PersonBirthDate>2016-05-04</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2024-05-02</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2024-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
          </CINdetails>
          <CINdetails>
            <CINreferralDate>2025-01-06</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2025-01-10</CPPstartDate><InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>
          </CINdetails>
        </Child>
        <Child>
          <ChildIdentifiers><LAchildID>B</LAchildID><PersonBirthDate>2019-11-20</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2024-09-15</CINreferralDate><ReferralSource>3A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2024-10-03</CPPstartDate><InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
          </CINdetails>
        </Child>
        <Child>
          <ChildIdentifiers><LAchildID>C</LAchildID><PersonBirthDate>2012-02-14</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2024-04-10</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2024-05-01</CPPstartDate><CPPendDate>2025-02-01</CPPendDate>
              <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
          </CINdetails>
        </Child>
      </Children>
    </Message>
    """

    @Test func aChildWithTwoOpenPlansCountsOnceAndIsListedOnce() throws {
        // Given the census read as an upload would be, for an authority of 10,000 children
        let read = CINCensusReader.read(bytes: Array(Self.census.utf8), fileName: "cin_2025.xml")
        #expect(read.problems.isEmpty, "\(read.problems)")
        let census = try #require(read.census)
        let engine = IndicatorEngine(dataset: Dataset(cin: census), population: 10_000)
        // When the rate at 31 March 2025 is computed
        let r = try engine.compute("cpp_rate", over: .financialYear(2025))
        // Then the children on a plan at 31 March are A and B: 2, not the 3 open plans (A's two
        // and B's); C's plan ended on 1 February. 2 ÷ 10,000 × 10,000 = 2.0 per 10,000.
        #expect(r.numerator == 2)
        #expect(r.value == 2.0)
        // And the drill-down lists each child once, A dated by the plan open longest (1 June 2024)
        #expect(r.members.map(\.childID).sorted() == ["A", "B"])
        let a = try #require(r.members.first { $0.childID == "A" })
        #expect(a.date == Day(year: 2024, month: 6, day: 1))
        #expect(a.reason == "2 plans open, the first since 01/06/2024")
    }
}

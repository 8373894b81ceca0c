import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Testing

/// A hand-made in-year extract to 30 September 2025, in the layouts DfE's tools accept: a CIN
/// census whose header's reference date is 30 September (Year 2026: the 2025-26 collection), and
/// SSDA903 episode and header tables whose dates stop in September. The quarter figures below are
/// worked out by hand from DfE's definitions, not from Hearth.
@Suite struct InYearExtractTests {
    // Referrals (CIN census `CINreferralDate`), each child's earlier referral in brackets:
    //   A 10 Apr 2025; B 5 May 2025; B 20 Jun 2025 (B's 5 May: 46 days, within 12 months);
    //   C 15 Jul 2025; E 8 Aug 2025; A 1 Sep 2025 (A's 10 Apr: within 12 months); D 29 Sep 2025.
    // DfE (LAIT 271, c1 table): re-referrals = referrals in the period within 12 months of the
    // child's previous referral, as a % of referrals in the period.
    //   Q1 (Apr–Jun): 3 referrals (A, B, B), 1 re-referral (B 20 Jun)        → 1/3 = 33.3%
    //   Q2 (Jul–Sep): 4 referrals (C, E, A, D), 1 re-referral (A 1 Sep)     → 1/4 = 25.0%
    //   Q3 (Oct–Dec) is after the extract's day: no figure, never 0 referrals.
    static let cin = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
        <ReferenceDate>2025-09-30</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Case system extract</SoftwareCode>
        <Release>1</Release><SerialNo>007</SerialNo><DateTime>2025-10-01T06:00:00</DateTime></Source></Header>
        <Children>
        \(child("A", referrals: [("2025-04-10", "2025-05-01"), ("2025-09-01", nil)]))
        \(child("B", referrals: [("2025-05-05", "2025-05-30"), ("2025-06-20", nil)]))
        \(child("C", referrals: [("2025-07-15", nil)]))
        \(child("D", referrals: [("2025-09-29", nil)]))
        \(child("E", referrals: [("2025-08-08", "2025-09-10")]))
        </Children></Message>
        """

    static func child(_ id: String, referrals: [(String, String?)]) -> String {
        let details = referrals.map { referral, closed in
            "<CINdetails><CINreferralDate>\(referral)</CINreferralDate><ReferralSource>1A</ReferralSource>"
                + "<PrimaryNeedCode>N2</PrimaryNeedCode>"
                + (closed.map { "<CINclosureDate>\($0)</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>" } ?? "")
                + "<ReferralNFA>false</ReferralNFA></CINdetails>"
        }.joined()
        return "<Child><ChildIdentifiers><LAchildID>INY\(id)</LAchildID><UPNunknown>UN2</UPNunknown>"
            + "<PersonBirthDate>2015-06-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics>"
            + "<Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>"
            + details + "</Child>"
    }

    // Children looked after at the period's end (SSDA903 episodes; DfE counts those in care on
    // the day): L1 since 1 Nov 2024; L2 10 May to 15 Aug 2025; L3 from 20 Sep 2025; L4 from 1 Jul 2025.
    //   30 Jun 2025 (Q1's end): L1, L2          → 2
    //   30 Sep 2025 (Q2's end): L1, L3, L4      → 3
    static let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        INYL1,01/11/2024,S,C2,N1,U4,PR1,,,,EC2R 6DX,E1 7EU,XXXXXXX
        INYL2,10/05/2025,S,V2,N2,U6,PR4,15/08/2025,E13,,EC2M 4RA,EC1N 6SB,XXXXXXX
        INYL3,20/09/2025,S,C2,N1,U4,PR1,,,,EC2R 6DX,E1 7EU,XXXXXXX
        INYL4,01/07/2025,S,V2,N1,U4,PR1,,,,EC2R 6DX,E1 7EU,XXXXXXX
        """
    static let header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        INYL1,1,12/04/2016,WBRI,UN2,,
        INYL2,2,03/11/2009,WBRI,UN2,0,
        INYL3,1,01/02/2012,WBRI,UN2,,
        INYL4,2,05/05/2014,WBRI,UN2,,
        """

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(cin.utf8).write(to: dir.appendingPathComponent("cin-extract.xml"))
        try Data(episodes.utf8).write(to: dir.appendingPathComponent("episodes.csv"))
        try Data(header.utf8).write(to: dir.appendingPathComponent("header.csv"))
        return dir
    }

    @Test func theExtractIsReadWithItsDataToDay() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let set = await ReturnSetReader().read(directory: dir)
        #expect(!set.hasFatalProblems, "\(set.problems)")
        #expect(!set.problems.contains { $0.field == "ReferenceDate" }, "an in-year reference date is not a mistake")
        let day = try #require(Day(iso: "2025-09-30"))
        #expect(set.dataset.cin?.isInYear == true && set.dataset.cin?.header.year == 2026)
        #expect(set.dataset.ssda903?.collectionYear == 2026)
        #expect(set.dataset.ssda903?.dataTo == day, "the 903 runs to the census's reference date")
        #expect(set.dataset.dataTo == day)
    }

    @Test func quartersAreFiguredAndTheMonthsAfterTheDayAreNot() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await StoreFactory.open(.sqliteMemory)
        _ = try await ReturnImporter(store: store).importFolder(dir, by: "test", authority: "201")
        let service = IndicatorService(store: store, authority: "201", targets: TargetSet(), statistics: nil)
        try await service.recompute()

        let q1 = try #require(ReportingPeriod(parsing: "2025-26-Q1")), q2 = try #require(ReportingPeriod(parsing: "2025-26-Q2"))
        let q1Referrals = try #require(try await service.snapshot("rereferrals_12m", period: q1))
        #expect(q1Referrals.numerator == 1 && q1Referrals.denominator == 3)
        #expect(q1Referrals.value.map { ($0 * 10).rounded() / 10 } == 33.3)
        let q2Referrals = try #require(try await service.snapshot("rereferrals_12m", period: q2))
        #expect(q2Referrals.numerator == 1 && q2Referrals.denominator == 4 && q2Referrals.value == 25)
        #expect(try await service.snapshot("cla_rate", period: q1)?.numerator == 2)
        #expect(try await service.snapshot("cla_rate", period: q2)?.numerator == 3)

        // Nothing is stored past the extract's day: no Q3, no October, no 2025-26 year.
        for text in ["2025-26-Q3", "2025-10", "2025-26"] {
            let period = try #require(ReportingPeriod(parsing: text))
            #expect(try await service.snapshot("rereferrals_12m", period: period) == nil, "\(text)")
        }
        // Asked for anyway (the command line can), the engine says the data stops short.
        let engine = IndicatorEngine(dataset: try await store.dataset(submission: 1))
        let q3 = try engine.compute("rereferrals_12m", over: try #require(ReportingPeriod(parsing: "2025-26-Q3")))
        #expect(q3.value == nil && q3.note?.contains("covers 01/04/2025 to 30/09/2025") == true)
        // The months run April to September, each stored.
        let months = try await service.series("rereferrals_12m", step: .month).map(\.period.label)
        #expect(months == ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"])
        try await store.close()
    }

    @Test func placementsAreCountedOnTheExtractsDayNotTheYearsEnd() async throws {
        // The sufficiency picture of an extract to 30 September 2025 is as on that day (L1, L3 and
        // L4 in care, per the episodes above), never as on a 31 March 2026 still to come.
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await StoreFactory.open(.sqliteMemory)
        _ = try await ReturnImporter(store: store).importFolder(dir, by: "test", authority: "201")
        let indicators = IndicatorService(store: store, authority: "201", targets: TargetSet(), statistics: nil)
        let report = try #require(try await WorkforceService(store: store, indicators: indicators).sufficiency()).report
        #expect(report.date == Day(iso: "2025-09-30"))
        #expect(report.lookedAfter == 3)
        try await store.close()
    }

    @Test func aDataToDayOutsideTheYearIsRefusedByItsField() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = ReturnSetReader.Options()
        options.dataTo = Day(iso: "2024-12-31")
        let set = await ReturnSetReader(options: options).read(directory: dir)
        #expect(set.problems.contains { $0.field == "Data to" && $0.message.contains("not in the SSDA903 year 2025-26") })
    }
}

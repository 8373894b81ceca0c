import HearthCore
import Testing
@testable import HearthData

/// A few bad rows must not move a whole 903 table into another year. Every file here is written
/// as a council's system exports it (DfE's column order, the OC3 with its SEX column, which
/// Hearth's own writer leaves out), not by `hearth generate`.
@Suite struct SSDA903YearPlacementTests {
    /// 2024-25 episodes: 1001 started in May 2024, 1002 has been in care since 2022, 1003 came
    /// and went in 2024-25.
    static let episodes2025 = """
    CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
    1001,14/05/2024,S,C1,N1,U6,PR1,,,,WA7 1,WA8 7,
    1002,02/09/2022,S,C2,N1,U4,PR4,,,,WA7 2,WA7 5,SC123456
    1003,20/06/2024,S,V2,N4,U3,PR1,11/01/2025,E4A,,WA7 1,WA7 3,
    """

    /// 2023-24 episodes: 1002 in care, 1004 left in January 2024.
    static let episodes2024 = """
    CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
    1002,02/09/2022,S,C2,N1,U4,PR4,,,,WA7 2,WA7 5,SC123456
    1004,01/03/2023,S,C2,N1,K2,PR4,18/01/2024,E13,,WA7 3,L1 2,SC654321
    """

    private func file(_ text: String, _ name: String) -> SSDA903TableFile {
        SSDA903TableReader.read(bytes: Array(text.utf8), name: name)
    }

    @Test func impossibleAgesInOC3NeitherMoveItNorGoUnreported() throws {
        // Given both years' episodes and 2024-25's OC3, whose young people are 18 to 21 at
        // 31 March 2025 (17th to 21st birthday in the year: DfE's OC3 cohort) but for two rows
        // with impossible dates of birth: 2106 aged 150, 2107 born after the year.
        let oc3 = """
        CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM
        2101,M,15/08/2004,YES,F5,U1
        2102,F,02/02/2006,YES,F2,E1
        2103,M,23/11/2003,NO,0,0
        2104,F,30/09/2006,YES,G5,D1
        2105,M,01/04/2004,DIED,0,0
        2106,F,01/01/1875,YES,F1,U1
        2107,M,14/06/2025,YES,P5,B1
        """
        let files = [file(Self.episodes2025, "episodes_2025.csv"), file(Self.episodes2024, "episodes_2024.csv"),
                     file(oc3, "oc3.csv")]
        // When they are assembled
        let assembly = SSDA903Assembler().assemble(files)
        // Then the OC3 is this year's: all five real rows fit 2024-25 (they fit 2023-24 as well),
        // the two impossible ones fit neither and decide nothing
        #expect(assembly.current?.collectionYear == 2025)
        #expect(assembly.current?.careLeavers.map(\.childID) == ["2101", "2102", "2103", "2104", "2105", "2106", "2107"])
        #expect(assembly.previous?.careLeavers.isEmpty == true)
        // And each impossible row is reported with its file, line (heading is line 1) and field
        let reported = assembly.problems.filter { $0.file == "oc3.csv" }
        #expect(reported.map(\.line) == [7, 8])
        #expect(reported.map(\.field) == ["DOB", "DOB"])
        #expect(reported.map(\.severity) == [.warning, .warning])
        #expect(reported.first?.message.contains("makes the young person 150 at 31 March 2025") == true)
        #expect(reported.last?.message.contains("14/06/2025 is after 31 March 2025") == true)
    }

    @Test func twoCareLeaversMadeTooOldByATypoDoNotMoveThisYearsOC3() throws {
        // Given this year's episodes only and an OC3 of 19- to 21-year-olds, each of whom also
        // fits 2023-24's cohort (18 to 20 then), and two whose year of birth was mistyped
        // (2002 for 2005): 22 at 31 March 2025, so they fit only 2023-24 (21 then). The old rule saw
        // 6 of 6 rows fit 2023-24 against 4 of 6 for 2024-25 and took the whole table as last
        // year's, leaving 2024-25 without care leavers and saying nothing.
        let oc3 = """
        CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM
        3101,F,02/02/2006,YES,F2,E1
        3102,M,15/08/2004,YES,F5,U1
        3103,F,23/11/2003,YES,G5,D1
        3104,M,07/12/2005,YES,P1,U1
        3105,M,11/07/2002,YES,F4,T1
        3106,F,28/10/2002,NO,0,0
        """
        let files = [file(Self.episodes2025, "episodes.csv"), file(oc3, "care_leavers.csv")]
        // When they are assembled
        let assembly = SSDA903Assembler().assemble(files)
        // Then the OC3 stays in 2024-25, the year of the upload (there is no 2023-24 in it)
        #expect(assembly.current?.collectionYear == 2025)
        #expect(assembly.current?.careLeavers.count == 6)
        #expect(assembly.previous == nil)
        // And the two rows outside the cohort are reported where they stand: lines 6 and 7
        let reported = assembly.problems.filter { $0.file == "care_leavers.csv" }
        #expect(reported.map(\.line) == [6, 7])
        #expect(reported.map(\.field) == ["DOB", "DOB"])
        #expect(reported.first?.message.contains("makes the young person 22 at 31 March 2025") == true)
    }

    @Test func aMistypedDateDoesNotMoveASmallDatedTableAndBlankThisYear() throws {
        // Given 2024-25's episodes and its reviews, one of which was typed 2026 for 2025. One
        // date of twelve was over the old 1-in-200 threshold, so the reviews became 2025-26's,
        // that became "this year", and all of 2024-25 was demoted to last year.
        let reviews = """
        CHILD,DOB,REVIEW,REVIEW_CODE
        1001,04/03/2012,10/06/2024,PN1
        1001,04/03/2012,05/09/2024,PN1
        1001,04/03/2012,04/03/2025,PN1
        1002,19/11/2009,15/04/2024,PN4
        1002,19/11/2009,14/10/2024,PN4
        1002,19/11/2009,14/03/2026,PN4
        1003,25/12/2016,18/07/2024,PN0
        1003,25/12/2016,10/10/2024,PN0
        1003,25/12/2016,08/01/2025,PN0
        1001,04/03/2012,20/12/2024,PN1
        1002,19/11/2009,03/02/2025,PN4
        1003,25/12/2016,01/11/2024,PN0
        """
        let files = [file(Self.episodes2025, "episodes.csv"), file(reviews, "reviews.csv")]
        // When they are assembled
        let assembly = SSDA903Assembler().assemble(files)
        // Then everything is 2024-25's: 11 of the 12 review dates are in it, 1 in 2025-26 (under a
        // quarter of 11), so 2025-26 holds no real share of the file
        #expect(assembly.current?.collectionYear == 2025)
        #expect(assembly.current?.reviews.count == 12)
        #expect(assembly.current?.episodes.count == 3)
        #expect(assembly.previous == nil)
        // And the stray date is reported on its line (7) and field, beside the file's summary
        let rowProblems = assembly.problems.filter { $0.file == "reviews.csv" && $0.line != nil }
        #expect(rowProblems.map(\.line) == [7])
        #expect(rowProblems.map(\.field) == ["REVIEW"])
        #expect(rowProblems.first?.message.contains("14/03/2026 is after 31 March 2025") == true)
    }
}

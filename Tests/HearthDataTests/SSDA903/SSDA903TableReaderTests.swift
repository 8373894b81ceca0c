import HearthCore
import Testing
@testable import HearthData

@Suite struct SSDA903TableReaderTests {
    private func read(_ text: String, name: String = "episodes.csv") -> SSDA903TableFile {
        SSDA903TableReader.read(bytes: Array(text.utf8), name: name)
    }

    private let episodesHeading = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"

    @Test func readsEpisodesIntoTypedRows() {
        // Given one open and one closed episode
        let text = episodesHeading
            + "101,01/04/2024,S,C2,N1,U4,PR1,15/06/2024,X1,,WA7 1,WA8 2,SC123456\n"
            + "101,15/06/2024,P,C2,N1,K2,PR4,,,CARPL,WA7 1,M1 1,SC654321\n"
        // When they are read
        let file = read(text)
        // Then every field is typed, with no problems
        #expect(file.problems.isEmpty)
        #expect(file.rowCount == 2)
        guard case .episodes(let rows)? = file.rows else { Issue.record("not episodes"); return }
        #expect(rows[0] == CareEpisode(childID: "101", startDate: Day(year: 2024, month: 4, day: 1),
                                       reasonForNewEpisode: "S", legalStatus: "C2", categoryOfNeed: "N1",
                                       placement: "U4", placementProvider: "PR1",
                                       endDate: Day(year: 2024, month: 6, day: 15), reasonEpisodeCeased: "X1",
                                       homePostcode: "WA7 1", placementPostcode: "WA8 2", urn: "SC123456"))
        #expect(rows[1].endDate == nil)
        #expect(rows[1].reasonPlacementChanged == "CARPL")
    }

    @Test func reportsAnImpossibleDateWithFileLineAndField() {
        // Given 31 February on line 3
        let text = episodesHeading
            + "101,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n"
            + "102,31/02/2024,S,C2,N1,U4,PR1,,,,,,\n"
        // When it is read
        let file = read(text)
        // Then the row is kept without the date and the problem names where it is
        #expect(file.problems == [DataProblem(.error, file: "episodes.csv", line: 3, field: "DECOM",
                                              message: "\"31/02/2024\" is not a valid date (expected dd/mm/yyyy)")])
        #expect(file.rows?.count == 2)
    }

    @Test func keepsAnUnknownCodeWithAWarning() {
        let file = read(episodesHeading + "101,01/04/2024,S,Q9,N1,U4,PR1,,,,,,\n")
        #expect(file.problems.map(\.severity) == [.warning])
        #expect(file.problems.first?.field == "LS")
        guard case .episodes(let rows)? = file.rows else { Issue.record("not episodes"); return }
        #expect(rows.first?.legalStatus == "Q9")
    }

    @Test func skipsARowWithABlankChild() {
        let file = read(episodesHeading + ",01/04/2024,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(file.rows?.count == 0)
        #expect(file.problems.first?.line == 2)
        #expect(file.problems.first?.field == "CHILD")
        #expect(file.problems.first?.severity == .error)
    }

    @Test func skipsARaggedRowNamingItsLine() {
        let file = read(episodesHeading + "101,01/04/2024,S,C2\n102,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(file.rows?.count == 1)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.line == 2)
        #expect(file.problems.first?.message.contains("has 4 fields but the heading row has 13") == true)
    }

    @Test func skipsBlankRows() {
        let file = read(episodesHeading + "\n,,,,,,,,,,,,\n101,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n\n")
        #expect(file.problems.isEmpty)
        #expect(file.rows?.count == 1)
        #expect(file.rowCount == 1)
    }

    @Test func findsColumnsInAnyOrderAndCase() {
        // Given a Reviews file with its columns reordered, in lower case, with an extra column
        let file = read("review_code,child,Comment,review,dob\nPN1,7,hello,03/05/2024,01/01/2010\n", name: "r.csv")
        // Then the values land in the right fields
        #expect(file.rows == .reviews([CareReview(childID: "7", birthDate: Day(year: 2010, month: 1, day: 1),
                                                  reviewDate: Day(year: 2024, month: 5, day: 3),
                                                  participation: "PN1")]))
    }

    @Test func checksCareLeaverAccommodationCodes() {
        // Given a well-formed code, a not-known code and a bad one
        let file = read("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,01/05/2006,YES,F2,B1\n2,01/05/2006,NO,G5,0\n3,01/05/2006,YES,F2,Q7\n",
                        name: "oc3.csv")
        // Then only the bad one is flagged, and it is kept
        #expect(file.problems.map(\.line) == [4])
        #expect(file.problems.first?.field == "ACCOM")
        #expect(file.rows?.count == 3)
    }

    @Test func readsActivityZeroAsDfEsNotKnownWithoutAProblem() {
        // Given an OC3 table as DfE's guide has it returned: a young person who died and one not in
        // touch carry ACTIV 0 and ACCOM 0 (validator rules 132, 133 and 344 accept and ask for 0)
        let file = read("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n41,12/07/2004,DIED,0,0\n42,03/02/2005,NO,0,0\n43,19/10/2006,YES,F4,E1\n",
                        name: "oc3.csv")
        // Then no code is called unknown, and the 0 is kept as returned
        #expect(file.problems.isEmpty, "\(file.problems)")
        guard case .oc3(let leavers)? = file.rows else { Issue.record("not read as OC3"); return }
        #expect(leavers.map(\.activity) == ["0", "0", "F4"])
    }

    @Test func refusesAnEmptyFile() {
        let file = read("", name: "empty.csv")
        #expect(file.rows == nil)
        #expect(file.problems == [DataProblem(.fatal, file: "empty.csv", message: "empty file")])
    }

    @Test func acceptsAHeadingWithNoRows() {
        let file = read(episodesHeading)
        #expect(file.rows == .episodes([]))
        #expect(file.problems.isEmpty)
        #expect(file.rowCount == 0)
    }

    @Test func refusesANearMissNamingTheTableAndTheMissingColumn() {
        let heading = SSDA903Table.episodes.columns.filter { $0 != "REC" }.joined(separator: ",")
        let file = read(heading + "\n")
        #expect(file.rows == nil)
        #expect(file.problems.first?.severity == .fatal)
        #expect(file.problems.first?.message == "looks like SSDA903 Episodes but has no column REC")
    }
}

import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct SSDA903CSVWriterTests {
    /// Values that need quoting, absent values, both flag values and numbers in every table.
    private let awkward = SSDA903Return(
        collectionYear: 2025,
        header: [LookedAfterChild(childID: "1,001", sex: "2", birthDate: Day(uk: "29/02/2012"), ethnicity: "MWBA",
                                  upn: "A\"123\"", isMother: true, childsChildBirthDate: Day(uk: "01/03/2025")),
                 LookedAfterChild(childID: "2")],
        episodes: [CareEpisode(childID: "1,001", startDate: Day(uk: "01/04/2024"), reasonForNewEpisode: "S",
                               legalStatus: "C2", categoryOfNeed: "N1", placement: "U4", placementProvider: "PR1",
                               endDate: Day(uk: "31/03/2025"), reasonEpisodeCeased: "E11",
                               reasonPlacementChanged: "CARPL", homePostcode: "WA7 1, Halton",
                               placementPostcode: "line\nbreak", urn: "XXXXXXX")],
        reviews: [CareReview(childID: "3", birthDate: nil, reviewDate: Day(uk: "02/02/2025"), participation: nil)],
        uasc: [UASCRecord(childID: "4", sex: "1", birthDate: Day(uk: "01/01/2008"), dateCeasedUASC: Day(uk: "01/01/2026"))],
        healthOutcomes: [HealthOutcome(childID: "5", birthDate: Day(uk: "01/01/2014"), sdqScore: 0, sdqReason: "SDQ1",
                                       convicted: false, healthCheck: true, immunisations: nil, teethCheck: true,
                                       healthAssessment: false, substanceMisuse: false, interventionReceived: true,
                                       interventionOffered: nil)],
        careLeavers: [CareLeaverOutcome(childID: "6", birthDate: Day(uk: "01/06/2005"), inTouch: "YES",
                                        activity: "F5", accommodation: "Z")],
        adoptions: [AdoptionRecord(childID: "7", birthDate: Day(uk: "01/01/2021"), dateOfDecision: Day(uk: "01/02/2023"),
                                   dateMatched: Day(uk: "01/12/2024"), fosterCareAdoption: false, numberOfAdopters: 1,
                                   sexOfAdopters: "F1", legalStatusOfAdopters: "L11")],
        placedForAdoption: [PlacedForAdoption(childID: "7", birthDate: Day(uk: "01/01/2021"), datePlaced: Day(uk: "01/02/2023"),
                                              dateDecisionCeased: nil, reasonCeased: nil)],
        previousPermanence: [PreviousPermanence(childID: "8", birthDate: Day(uk: "01/01/2016"), previousPermanence: "P2",
                                                authority: "876", datePermanence: "zz/05/2019")],
        missing: [MissingEpisode(childID: "9", birthDate: Day(uk: "01/01/2009"), kind: "M", startDate: Day(uk: "05/05/2024"),
                                 endDate: Day(uk: "06/05/2024"))],
        socialWorkerEpisodes: [SocialWorkerEpisode(childID: "9", socialWorkerID: "SW \"Jo\" 1", startDate: Day(uk: "01/04/2024"),
                                                   endDate: nil, reasonForChange: "OTHERS")]
    )

    @Test func readingWhatWasWrittenGivesBackEveryTable() {
        // Given a return with awkward values in every table
        let writer = SSDA903CSVWriter()
        var rebuilt = SSDA903ReturnBuilder(collectionYear: awkward.collectionYear)
        for table in SSDA903Table.allCases {
            // When each table is written and read back
            let file = SSDA903TableReader.read(bytes: writer.csv(table, of: awkward), name: table.rawValue)
            #expect(file.table == table)
            #expect(file.problems.isEmpty, "\(table): \(file.problems)")
            if let rows = file.rows { rebuilt.add(rows) }
        }
        // Then every row of every table is the same
        #expect(rebuilt.build() == awkward)
    }

    @Test func writesTheDfEHeadingDatesFlagsAndQuotesOnlyWhereNeeded() {
        // Given the awkward return
        let writer = SSDA903CSVWriter()
        // When the Header is written
        let text = String(decoding: writer.csv(.header, of: awkward), as: UTF8.self)
        // Then it has the DfE columns, dd/mm/yyyy, 0/1 and Excel-style quoting
        #expect(text == #"""
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            "1,001",2,29/02/2012,MWBA,"A""123""",1,01/03/2025
            2,,,,,,

            """#)
    }

    @Test func writesTheSameBytesEveryTime() {
        let writer = SSDA903CSVWriter()
        for table in SSDA903Table.allCases {
            #expect(writer.csv(table, of: awkward) == writer.csv(table, of: awkward))
        }
    }

    @Test func writesAFilePerTableThatAssembleBackIntoTheReturn() async throws {
        // Given a directory
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ssda903-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // When both years are written there and the files assembled
        let writer = SSDA903CSVWriter()
        let urls = try writer.write(SSDA903Fixtures.return2025, to: dir) + writer.write(SSDA903Fixtures.return2024, to: dir)
        let assembly = SSDA903Assembler().assemble(contentsOf: urls)
        // Then both returns come back whole
        #expect(urls.map(\.lastPathComponent).contains("SSDA903_2025_Episodes.csv"))
        #expect(assembly.current == SSDA903Fixtures.return2025)
        #expect(assembly.previous == SSDA903Fixtures.return2024)
        #expect(assembly.problems.isEmpty)
    }
}

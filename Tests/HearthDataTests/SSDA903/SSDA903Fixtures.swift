import HearthCore
@testable import HearthData

/// Small readable 903 returns for two consecutive years.
///
/// Child A left care during 2023-24; B has been looked after since 2021; C since June 2023;
/// D started in June 2024. So the 2024 return holds A, B, C and the 2025 return B, C, D.
enum SSDA903Fixtures {
    static func day(_ text: String) -> Day? { Day(uk: text) }

    static let return2024 = SSDA903Return(
        collectionYear: 2024,
        header: [child("A", "02/03/2009"), child("B", "14/07/2012"), child("C", "30/11/2015"), child("Z", "01/01/2020")],
        episodes: [
            // Z was adopted in the year: AD1 and PlacedAdoption are placed in a year by it.
            CareEpisode(childID: "Z", startDate: day("03/06/2022"), reasonForNewEpisode: "P", legalStatus: "E1",
                        categoryOfNeed: "N1", placement: "A5", placementProvider: "PR1",
                        endDate: day("20/07/2023"), reasonEpisodeCeased: "E11"),
            CareEpisode(childID: "A", startDate: day("10/01/2022"), reasonForNewEpisode: "S", legalStatus: "V2",
                        categoryOfNeed: "N4", placement: "U6", placementProvider: "PR1",
                        endDate: day("01/09/2023"), reasonEpisodeCeased: "E4A", homePostcode: "WA7 1"),
            CareEpisode(childID: "B", startDate: day("01/05/2021"), reasonForNewEpisode: "S", legalStatus: "C2",
                        categoryOfNeed: "N1", placement: "U4", placementProvider: "PR4", urn: "SC123456"),
            CareEpisode(childID: "C", startDate: day("01/06/2023"), reasonForNewEpisode: "S", legalStatus: "C1",
                        categoryOfNeed: "N1", placement: "U3", placementProvider: "PR1"),
        ],
        reviews: [CareReview(childID: "B", birthDate: day("14/07/2012"), reviewDate: day("12/10/2023"), participation: "PN1")],
        uasc: [UASCRecord(childID: "A", sex: "1", birthDate: day("02/03/2009"), dateCeasedUASC: day("02/03/2027"))],
        healthOutcomes: [HealthOutcome(childID: "B", birthDate: day("14/07/2012"), sdqScore: 14, convicted: false,
                                       healthCheck: true, immunisations: true, teethCheck: false)],
        careLeavers: [CareLeaverOutcome(childID: "H", birthDate: day("01/07/2002"), inTouch: "YES", activity: "F5",
                                        accommodation: "U1")],
        adoptions: [AdoptionRecord(childID: "Z", birthDate: day("01/01/2020"), dateOfDecision: day("01/02/2022"),
                                   dateMatched: day("05/05/2023"), fosterCareAdoption: true, numberOfAdopters: 2,
                                   sexOfAdopters: "MF", legalStatusOfAdopters: "L0")],
        placedForAdoption: [PlacedForAdoption(childID: "Z", birthDate: day("01/01/2020"), datePlaced: day("01/02/2022"),
                                              dateDecisionCeased: day("20/07/2023"), reasonCeased: "RD1")],
        previousPermanence: [PreviousPermanence(childID: "A", birthDate: day("02/03/2009"), previousPermanence: "Z1",
                                                datePermanence: "zz/zz/zzzz")],
        missing: [MissingEpisode(childID: "A", birthDate: day("02/03/2009"), kind: "M", startDate: day("04/06/2023"),
                                 endDate: day("05/06/2023"))],
        socialWorkerEpisodes: [SocialWorkerEpisode(childID: "B", socialWorkerID: "SW1", startDate: day("01/05/2021"),
                                                   endDate: day("31/12/2023"), reasonForChange: "LEFTRL"),
                               SocialWorkerEpisode(childID: "B", socialWorkerID: "SW2", startDate: day("01/01/2024"))]
    )

    static let return2025 = SSDA903Return(
        collectionYear: 2025,
        header: [child("B", "14/07/2012"), child("C", "30/11/2015"), child("D", "08/08/2018")],
        episodes: [
            CareEpisode(childID: "B", startDate: day("01/05/2021"), reasonForNewEpisode: "S", legalStatus: "C2",
                        categoryOfNeed: "N1", placement: "U4", placementProvider: "PR4", urn: "SC123456"),
            CareEpisode(childID: "C", startDate: day("01/06/2023"), reasonForNewEpisode: "S", legalStatus: "C1",
                        categoryOfNeed: "N1", placement: "U3", placementProvider: "PR1"),
            CareEpisode(childID: "D", startDate: day("01/06/2024"), reasonForNewEpisode: "S", legalStatus: "L2",
                        categoryOfNeed: "N1", placement: "U6", placementProvider: "PR1", homePostcode: "WA8 3"),
        ],
        reviews: [CareReview(childID: "C", birthDate: day("30/11/2015"), reviewDate: day("20/09/2024"), participation: "PN6")],
        uasc: [UASCRecord(childID: "D", sex: "2", birthDate: day("08/08/2018"), dateCeasedUASC: day("08/08/2036"))],
        healthOutcomes: [
            HealthOutcome(childID: "B", birthDate: day("14/07/2012"), sdqScore: 12, healthCheck: true),
            HealthOutcome(childID: "C", birthDate: day("30/11/2015"), sdqReason: "SDQ1", healthCheck: false),
        ],
        careLeavers: [CareLeaverOutcome(childID: "G", birthDate: day("01/08/2007"), inTouch: "YES", activity: "F2",
                                        accommodation: "B1")],
        previousPermanence: [PreviousPermanence(childID: "D", birthDate: day("08/08/2018"), previousPermanence: "P3",
                                                authority: "876", datePermanence: "01/02/2020")],
        missing: [MissingEpisode(childID: "D", birthDate: day("08/08/2018"), kind: "A", startDate: day("01/12/2024"))]
    )

    static func child(_ id: String, _ dob: String) -> LookedAfterChild {
        LookedAfterChild(childID: id, sex: "1", birthDate: day(dob), ethnicity: "WBRI", upn: "UN1", isMother: false)
    }

    /// The return's tables as named in-memory files, read back as a user's upload would be.
    static func files(of r: SSDA903Return, names: (SSDA903Table) -> String) -> [SSDA903TableFile] {
        let writer = SSDA903CSVWriter()
        return SSDA903Table.allCases.map { SSDA903TableReader.read(bytes: writer.csv($0, of: r), name: names($0)) }
    }
}

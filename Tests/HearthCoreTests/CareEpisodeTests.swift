import Testing
import HearthCore

@Suite struct CareEpisodeAdoptionTests {
    @Test func endsInAdoptionOnlyForTheTwoAdoptionReasons() {
        // E11 (unopposed) and E12 (opposed) are adoptions; E13 (special guardianship), X1 and
        // no reason are not.
        let reasons: [String?] = ["E11", "E12", "E13", "X1", "E1", nil]
        #expect(reasons.map { CareEpisode(childID: "A", reasonEpisodeCeased: $0).endsInAdoption }
                == [true, true, false, false, false, false])
    }
}

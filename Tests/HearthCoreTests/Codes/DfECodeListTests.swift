import HearthCore
import Testing

/// The code lists against DfE's own lists for 2024-25 and 2025-26, written out here by hand from
/// DfE's guides (and the lists DfE's validators check), so that a valid code is never reported
/// as unknown and a code DfE does not have is not quietly accepted.
@Suite struct DfECodeListTests {
    @Test func everyCINAssessmentFactorDfEListsIsKnown() {
        // CIN census guide, factors identified at the end of assessment (18A and 19A are the
        // earlier censuses' physical and sexual abuse codes, still read from older returns)
        let dfe = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
                   "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
                   "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21",
                   "22A", "23A", "24A"]
        #expect(CINCodes.assessmentFactor.codes.sorted() == dfe.sorted())
    }

    @Test func assessmentFactorsCarryDfEsMeanings() {
        #expect(CINCodes.assessmentFactor.label("19B") == "Abuse or neglect: sexual abuse, child on child")
        #expect(CINCodes.assessmentFactor.label("19C") == "Abuse or neglect: sexual abuse, adult on child")
        #expect(CINCodes.assessmentFactor.label("20") == "Other")
        #expect(CINCodes.assessmentFactor.label("22A") == "Female genital mutilation")
        #expect(CINCodes.assessmentFactor.label("24A") == "Child criminal exploitation")
    }

    @Test func everyCareLeaverActivityDfEListsIsKnownAndNoOther() {
        // SSDA903 guide, ACTIV (validator rule 132): 0 is "not known"
        let dfe = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"]
        #expect(SSDA903Codes.activity.codes.sorted() == dfe.sorted())
        #expect(!SSDA903Codes.activity.contains("OTH"))
    }

    @Test func careLeaverInTouchAndAccommodationFollowDfE() {
        // IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM; ACCOM: a letter and 1 (suitable) or 2, or 0
        #expect(SSDA903Codes.inTouch.codes.sorted() == ["DIED", "NO", "NREQ", "REFU", "RHOM", "YES"])
        for letter in ["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] {
            #expect(SSDA903Codes.isValidAccommodation(letter + "1"))
            #expect(SSDA903Codes.isValidAccommodation(letter + "2"))
        }
        #expect(SSDA903Codes.isValidAccommodation("0"))
        #expect(!SSDA903Codes.isValidAccommodation("A1"))
    }
}

import Testing
import HearthCore
@testable import HearthIndicators

/// The care-leaver measures against DfE's methodology (LAIT 112, 113, 333), on an OC3 table
/// written by hand. The year is 2024-25: aged 19 to 21 on 31 March 2025 means born between
/// 1 April 2003 and 31 March 2006.
@Suite struct CareLeaverDefinitionTests {
    // OC3 in a column order of its own.
    static let oc3 = HandWritten903(files: [("oc3.csv", [
        "CHILD,IN_TOUCH,ACTIV,ACCOM,DOB",
        "L1,YES,F2,U1,01/06/2005",   // in touch, EET, suitable
        "L2,NO,0,0,01/06/2004",      // not in touch: stays in every cohort, nothing known
        "L3,REFU,0,0,01/06/2004",    // refused contact: the same
        "L4,NREQ,0,0,01/06/2004",    // no longer requires services: the same
        "L5,DIED,0,0,01/06/2004",    // died: out of every cohort
        "L6,RHOM,0,0,01/06/2004",    // returned home 6 months+: out of every cohort
        "L7,YES,G4,G1,01/06/2004",   // gone abroad: out of the accommodation cohort only
        "L8,YES,F5,R2,01/06/2004",   // residence not known: out of the accommodation cohort only
        "L9,YES,P4,S2,01/06/2004",   // in touch, EET, unsuitable
        "L10,YES,F2,U1,01/06/2006",  // 18 on 31 March: not in the 19–21 cohort
        "L11,YES,F2,U1,01/04/2003",  // 21 on 31 March (born 1 April 2003): in it; in touch, EET, suitable
    ])])

    @Test func inTouchLeavesOutOnlyThoseWhoDiedOrReturnedHome() throws {
        // Cohort: L1–L4, L7–L9, L11 = 8; in touch: L1, L7, L8, L9, L11 = 5 → 62.5%.
        let m = try Self.oc3.members("care_leavers_in_touch")
        #expect(m.denominator == ["L1", "L2", "L3", "L4", "L7", "L8", "L9", "L11"])
        #expect(m.numerator == ["L1", "L7", "L8", "L9", "L11"])
        #expect(try Self.oc3.result("care_leavers_in_touch").value == 62.5)
    }

    @Test func educationEmploymentTrainingKeepsThoseNotInTouch() throws {
        // Cohort as above, 8; EET (F2, F5, P4, F2): L1, L8, L9, L11 = 4 → 50%.
        let m = try Self.oc3.members("care_leavers_eet")
        #expect(m.denominator.count == 8)
        #expect(m.numerator == ["L1", "L8", "L9", "L11"])
        #expect(try Self.oc3.result("care_leavers_eet").value == 50)
    }

    @Test func suitableAccommodationKeepsNoInformationButNotAbroadOrUnknownResidence() throws {
        // Cohort 8 less gone abroad (L7) and residence not known (L8) = 6: L1–L4, L9, L11;
        // suitable (ending 1): L1, L11 → 2 ÷ 6 = 33.3%. (Dropping ACCOM 0 as before gave 2 ÷ 3.)
        let m = try Self.oc3.members("care_leavers_suitable_accommodation")
        #expect(m.denominator == ["L1", "L2", "L3", "L4", "L9", "L11"])
        #expect(m.numerator == ["L1", "L11"])
        let r = try Self.oc3.result("care_leavers_suitable_accommodation")
        #expect(r.numerator == 2 && r.denominator == 6)
    }
}

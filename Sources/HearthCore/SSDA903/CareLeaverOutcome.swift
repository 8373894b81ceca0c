/// SSDA903 OC3: care leavers whose 17th to 21st birthday fell in the year.
public struct CareLeaverOutcome: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `IN_TOUCH`: YES, NO, DIED, REFU, NREQ, RHOM.
    public let inTouch: String?
    /// `ACTIV`: F1/P1 higher education, F2/P2 other education, F4/P4 training, F5/P5 employment, G4–G6 NEET, OTH.
    public let activity: String?
    /// `ACCOM`: B–Z with 1 (suitable) or 2 (unsuitable), or 0 / Z for not known.
    public let accommodation: String?

    public init(childID: String, birthDate: Day? = nil, inTouch: String? = nil, activity: String? = nil, accommodation: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.inTouch = inTouch
        self.activity = activity
        self.accommodation = accommodation
    }
}

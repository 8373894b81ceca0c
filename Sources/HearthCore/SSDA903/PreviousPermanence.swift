/// SSDA903 PrevPerm: permanence arrangements before the child started to be looked after.
public struct PreviousPermanence: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `PREV_PERM`: P1 adoption, P2 SGO, P3 residence / child arrangements order, P4, Z1 none / not known.
    public let previousPermanence: String?
    /// `LA_PERM`: authority code that granted it.
    public let authority: String?
    /// `DATE_PERM`: may be partial (zz/mm/yyyy) when the day is unknown, so kept as text.
    public let datePermanence: String?

    public init(childID: String, birthDate: Day? = nil, previousPermanence: String? = nil, authority: String? = nil, datePermanence: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.previousPermanence = previousPermanence
        self.authority = authority
        self.datePermanence = datePermanence
    }
}

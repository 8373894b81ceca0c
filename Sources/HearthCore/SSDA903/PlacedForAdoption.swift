/// SSDA903 PlacedAdoption: decisions that a child should be placed for adoption.
public struct PlacedForAdoption: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `DATE_PLACED`: date of the decision that the child should be placed for adoption.
    public let datePlaced: Day?
    /// `DATE_PLACED_CEASED`: date the decision was reversed or the child adopted.
    public let dateDecisionCeased: Day?
    /// `REASON_PLACED_CEASED`: RD1–RD4.
    public let reasonCeased: String?

    public init(childID: String, birthDate: Day? = nil, datePlaced: Day? = nil, dateDecisionCeased: Day? = nil, reasonCeased: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.datePlaced = datePlaced
        self.dateDecisionCeased = dateDecisionCeased
        self.reasonCeased = reasonCeased
    }
}

/// SSDA903 AD1: children adopted during the year.
public struct AdoptionRecord: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `DATE_INT`: date of the decision that the child should be placed for adoption.
    public let dateOfDecision: Day?
    /// `DATE_MATCH`: date matched with the adopters.
    public let dateMatched: Day?
    /// `FOSTER_CARE`: adopted by the foster carer.
    public let fosterCareAdoption: Bool?
    /// `NB_ADOPTR`: 1 or 2.
    public let numberOfAdopters: Int?
    /// `SEX_ADOPTR`: M1, F1, MM, FF, MF.
    public let sexOfAdopters: String?
    /// `LS_ADOPTR`: L0, L11, L12, L2, L3, L4.
    public let legalStatusOfAdopters: String?

    public init(childID: String, birthDate: Day? = nil, dateOfDecision: Day? = nil, dateMatched: Day? = nil, fosterCareAdoption: Bool? = nil, numberOfAdopters: Int? = nil, sexOfAdopters: String? = nil, legalStatusOfAdopters: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.dateOfDecision = dateOfDecision
        self.dateMatched = dateMatched
        self.fosterCareAdoption = fosterCareAdoption
        self.numberOfAdopters = numberOfAdopters
        self.sexOfAdopters = sexOfAdopters
        self.legalStatusOfAdopters = legalStatusOfAdopters
    }
}

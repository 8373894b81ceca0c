/// SSDA903 Header: one row per child in the return.
public struct LookedAfterChild: Sendable, Equatable {
    /// `CHILD`: the authority's child identifier, shared with the CIN census.
    public let childID: String
    /// `SEX`: M, F or U (1 / 2 before 2024-25).
    public let sex: String?
    /// `DOB`
    public let birthDate: Day?
    /// `ETHNIC`
    public let ethnicity: String?
    /// `UPN`, or an UN1–UN10 reason.
    public let upn: String?
    /// `MOTHER`: the child is a mother (1/0).
    public let isMother: Bool?
    /// `MC_DOB`: date of birth of the child's own child.
    public let childsChildBirthDate: Day?

    public init(childID: String, sex: String? = nil, birthDate: Day? = nil, ethnicity: String? = nil, upn: String? = nil, isMother: Bool? = nil, childsChildBirthDate: Day? = nil) {
        self.childID = childID
        self.sex = sex
        self.birthDate = birthDate
        self.ethnicity = ethnicity
        self.upn = upn
        self.isMother = isMother
        self.childsChildBirthDate = childsChildBirthDate
    }
}

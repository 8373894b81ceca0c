/// SSDA903 UASC: children who were unaccompanied asylum-seeking children during the year.
public struct UASCRecord: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `SEX`
    public let sex: String?
    /// `DOB`
    public let birthDate: Day?
    /// `DUC`: date the child ceased to be UASC (usually the 18th birthday).
    public let dateCeasedUASC: Day?

    public init(childID: String, sex: String? = nil, birthDate: Day? = nil, dateCeasedUASC: Day? = nil) {
        self.childID = childID
        self.sex = sex
        self.birthDate = birthDate
        self.dateCeasedUASC = dateCeasedUASC
    }
}

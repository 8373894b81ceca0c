/// One row of an Annex A list.
///
/// The lists share the child columns (ID, gender, ethnicity, date of birth, age); each list then
/// has its own columns. The key dates are typed here (`date`, `endDate`); every other column is
/// kept by its heading as written in the Annex A guidance, already checked by the reader.
public struct AnnexARecord: Sendable, Equatable {
    public let list: AnnexAList
    /// The child's ID, or the adopter's ID on list 11.
    public let id: String
    public let gender: String?
    public let ethnicity: String?
    public let birthDate: Day?
    /// Age in years at the inspection date; -1 for an unborn child.
    public let age: Int?
    /// The list's event date: contact, early-help start, referral, assessment start, strategy
    /// discussion, CIN start, CP plan start, period of care start, … (see `AnnexAColumns`).
    public let date: Day?
    /// The list's closing date where it has one (assessment completion, plan end, …).
    public let endDate: Day?
    public let fields: [String: String]

    public init(list: AnnexAList, id: String, gender: String? = nil, ethnicity: String? = nil,
                birthDate: Day? = nil, age: Int? = nil, date: Day? = nil, endDate: Day? = nil,
                fields: [String: String] = [:]) {
        self.list = list
        self.id = id
        self.gender = gender
        self.ethnicity = ethnicity
        self.birthDate = birthDate
        self.age = age
        self.date = date
        self.endDate = endDate
        self.fields = fields
    }
}

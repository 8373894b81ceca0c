/// SSDA903 Missing: episodes of being missing or away from placement without authorisation.
public struct MissingEpisode: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `MISSING`: M missing, A away from placement without authorisation.
    public let kind: String?
    /// `MIS_START`
    public let startDate: Day?
    /// `MIS_END`: nil while still missing.
    public let endDate: Day?

    public init(childID: String, birthDate: Day? = nil, kind: String? = nil, startDate: Day? = nil, endDate: Day? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.kind = kind
        self.startDate = startDate
        self.endDate = endDate
    }
}

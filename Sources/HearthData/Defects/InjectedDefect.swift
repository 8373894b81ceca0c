/// One data-quality error put into a dataset on purpose, so tests and demonstrations can check
/// that the rules and the analyst's screens find it.
public struct InjectedDefect: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case missingValue
        case endBeforeStart
        case invalidCode
        case assessmentBeforeReferral
        case icpcBeforeSection47
        case overlappingEpisodes
        case duplicateRow
        case planWithoutReview
        case missingUPNWithoutReason
        case birthAfterReferral
    }

    public let kind: Kind
    public let childID: String
    /// "CIN census" or the SSDA903 table's name ("Episodes", "Header").
    public let table: String
    /// Which record of the child: "episode 1", "plan 1 of episode 2", "row 3"…
    public let record: String
    /// The field (CIN element or 903 column) that was changed.
    public let field: String
    public let description: String

    public init(kind: Kind, childID: String, table: String, record: String, field: String, description: String) {
        self.kind = kind
        self.childID = childID
        self.table = table
        self.record = record
        self.field = field
        self.description = description
    }
}

import HearthCore

/// One return a submission holds, and its year.
public struct SubmissionPart: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case cin
        case ssda903
        case annexA = "annex_a"
        case workforce
    }

    public let kind: Kind
    /// Collection year (ending 31 March) for CIN and SSDA903; census year for workforce; the
    /// dataset's year for Annex A.
    public let year: Int
    /// The last day an in-year extract describes; nil for the whole year's return.
    public let dataTo: Day?

    public init(kind: Kind, year: Int, dataTo: Day? = nil) {
        self.kind = kind
        self.year = year
        self.dataTo = dataTo
    }

    public var description: String { "\(kind.rawValue) \(year)" + (dataTo.map { " to \($0.iso)" } ?? "") }
}

/// A social work team: what it does, how many FTE posts are funded for it, and the caseload
/// per FTE the authority aims for.
public struct Team: Sendable, Hashable, Codable {
    public let name: String
    public let kind: TeamKind
    /// Funded posts (the establishment), FTE.
    public let establishmentFTE: Double
    /// Cases per case-holding FTE the authority aims for; nil when none is set.
    public let caseloadTarget: Double?

    public init(name: String, kind: TeamKind, establishmentFTE: Double, caseloadTarget: Double? = nil) {
        self.name = name
        self.kind = kind
        self.establishmentFTE = establishmentFTE
        self.caseloadTarget = caseloadTarget
    }
}

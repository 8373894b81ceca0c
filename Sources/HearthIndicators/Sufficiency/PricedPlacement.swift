import HearthCore

/// A child's placement on the as-at date with its type, cost and where it is. Child-level: show
/// it only to roles that may see children's records.
public struct PricedPlacement: Sendable, Hashable, Codable {
    public let childID: String
    public let place: String?
    public let provider: String?
    public let urn: String?
    public let group: PlacementGroup
    /// When this placement began (legal-status-only changes continue it).
    public let placementStart: Day?
    /// Nil when no line of the cost table prices it.
    public let weeklyCost: Double?
    /// The cost table line used, to show where a price came from.
    public let costLine: PlacementCost?
    public let milesFromHome: Double?
    public let outsideAuthority: Bool?
    /// Why the placement is unregistered provision, nil when it is not.
    public let unregisteredReason: String?

    public init(childID: String, place: String?, provider: String?, urn: String?, group: PlacementGroup,
                placementStart: Day?, weeklyCost: Double?, costLine: PlacementCost?, milesFromHome: Double?,
                outsideAuthority: Bool?, unregisteredReason: String?) {
        self.childID = childID
        self.place = place
        self.provider = provider
        self.urn = urn
        self.group = group
        self.placementStart = placementStart
        self.weeklyCost = weeklyCost
        self.costLine = costLine
        self.milesFromHome = milesFromHome
        self.outsideAuthority = outsideAuthority
        self.unregisteredReason = unregisteredReason
    }

    /// More than 20 miles from home and outside the authority (DfE's distance measure).
    public var isDistant: Bool { (milesFromHome ?? 0) > DistantPlacements.miles && outsideAuthority == true }
}

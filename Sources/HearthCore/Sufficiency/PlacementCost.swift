/// One line of the placement cost table: the weekly cost of a placement type, optionally for
/// one provider.
public struct PlacementCost: Sendable, Hashable, Codable {
    /// A placement group code (`ifa_fostering`) or one SSDA903 `PLACE` code (`K2`).
    public let placement: String
    /// Blank for every provider, else a `PLACE_PROVIDER` code (PR4) or an Ofsted URN (SC123456).
    public let provider: String?
    public let weeklyCost: Double
    public let note: String?

    public init(placement: String, provider: String? = nil, weeklyCost: Double, note: String? = nil) {
        self.placement = placement
        self.provider = provider
        self.weeklyCost = weeklyCost
        self.note = note
    }
}

import HearthCore

/// Children in one placement group on the as-at date and what their placements cost a week.
public struct PlacementGroupSummary: Sendable, Hashable, Codable {
    public let group: PlacementGroup
    public let children: MeasureRatio
    /// Sum of the priced placements' weekly costs.
    public let weeklyCost: Double
    /// Placements of the group no cost line prices.
    public let unpriced: Int

    public init(group: PlacementGroup, children: MeasureRatio, weeklyCost: Double, unpriced: Int) {
        self.group = group
        self.children = children
        self.weeklyCost = weeklyCost
        self.unpriced = unpriced
    }
}

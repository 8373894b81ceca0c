import HearthCore

/// The sufficiency figures as JSON: the answer of `/api/v1/sufficiency` (the `Sufficiency` schema
/// of the OpenAPI document) and of `hearth sufficiency --format json`, one model so the two cannot
/// drift apart again. Aggregate figures only; `placements`, child by child, is there only when the
/// command is asked for them with `--children`, and never in the API's answer.
public struct SufficiencyAnswer: Sendable, Hashable, Codable {
    public let date: Day
    /// True when the costs are the authority's own table, false for the illustrative national ones.
    public let ownCostTable: Bool
    public let lookedAfter: Int
    public let byGroup: [PlacementGroupSummary]
    public let distant: MeasureRatio
    public let unregistered: Int
    public let highCostThreshold: Double
    public let highCost: Int
    public let unpriced: Int
    public let spend: PlacementSpend
    public let projectedYear: Double
    public let placements: [PricedPlacement]?

    public init(_ r: SufficiencyReport, ownCostTable: Bool, listingPlacements: Bool = false) {
        date = r.date
        self.ownCostTable = ownCostTable
        lookedAfter = r.lookedAfter
        byGroup = r.byGroup
        distant = r.distant
        unregistered = r.unregistered.count
        highCostThreshold = r.highCostThreshold
        highCost = r.highCost.count
        unpriced = r.unpriced
        spend = r.spend
        projectedYear = r.spend.projectedYear
        placements = listingPlacements ? r.placements : nil
    }
}

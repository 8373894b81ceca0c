/// A placements figure a board sets a target for: an indicator of the same shape as every other
/// (its id, title, unit, polarity), read from a `SufficiencyReport` (the SSDA903 placements on the
/// extract's day, priced from the cost table) rather than computed by the engine. DfE publishes
/// none of them (the distance from home is the catalogue's `cla_distance_20mi`, which it does).
public struct SufficiencyIndicator: Sendable {
    public let definition: IndicatorDefinition
    /// The figure of a report: a count of children, or the average weekly cost.
    public let value: @Sendable (SufficiencyReport) -> Double?

    public var id: IndicatorID { definition.id }

    init(_ definition: IndicatorDefinition, value: @escaping @Sendable (SufficiencyReport) -> Double?) {
        self.definition = definition
        self.value = value
    }

    private static let why = "A local figure of the authority's own placements and prices: DfE publishes no authority-level figure of it."

    public static let all: [SufficiencyIndicator] = [
        SufficiencyIndicator(IndicatorDefinition(
            id: "suff_unregistered", title: "Children in unregistered provision",
            definition: "Children looked after placed, on the extract's day, in provision that should be registered with Ofsted and is not (SSDA903 placement type and provider codes).",
            numerator: "children in unregistered provision", denominator: "",
            periodKind: .snapshot, unit: .count, polarity: .low, source: .ssda903, area: .childrenInCare,
            notPublishedBecause: why), value: { Double($0.unregistered.count) }),
        SufficiencyIndicator(IndicatorDefinition(
            id: "suff_high_cost", title: "Children in high-cost placements",
            definition: "Children looked after whose placement, on the extract's day, costs the high-cost threshold a week or more (the cost table's price, else the illustrative national one).",
            numerator: "children in high-cost placements", denominator: "",
            periodKind: .snapshot, unit: .count, polarity: .low, source: .ssda903, area: .childrenInCare,
            notPublishedBecause: why), value: { Double($0.highCost.count) }),
        SufficiencyIndicator(IndicatorDefinition(
            id: "suff_average_weekly_cost", title: "Average weekly cost of a placement",
            definition: "The weekly cost of the placements priced on the extract's day, divided by the number priced.",
            numerator: "weekly cost of the priced placements", denominator: "placements priced",
            periodKind: .snapshot, unit: .money, polarity: .low, source: .ssda903, area: .childrenInCare,
            notPublishedBecause: why, countsChildren: true), value: { $0.averageWeeklyCost.ratio }),
    ]
}

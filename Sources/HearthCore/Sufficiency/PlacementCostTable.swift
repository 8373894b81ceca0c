/// Weekly costs of placements, edited by the authority (`placement_costs.csv`). The most
/// specific line wins: one for the placement's URN over one for its provider code over one for
/// every provider, and a `PLACE` code over its group.
public struct PlacementCostTable: Sendable, Hashable, Codable {
    public let lines: [PlacementCost]

    public init(lines: [PlacementCost]) { self.lines = lines }

    /// The line that prices a placement, nil when none applies.
    public func line(place: String?, provider: String?, urn: String?, group: PlacementGroup) -> PlacementCost? {
        var best: (score: Int, line: PlacementCost)?
        for l in lines {
            let typeScore: Int
            if let place, l.placement.caseInsensitiveCompare(place) == .orderedSame { typeScore = 1 }
            else if l.placement.lowercased() == group.rawValue { typeScore = 0 }
            else { continue }
            let providerScore: Int
            switch l.provider {
            case nil: providerScore = 0
            case let p? where urn.map({ $0.caseInsensitiveCompare(p) == .orderedSame }) ?? false: providerScore = 4
            case let p? where provider.map({ $0.caseInsensitiveCompare(p) == .orderedSame }) ?? false: providerScore = 2
            default: continue
            }
            let score = providerScore + typeScore
            if best.map({ score > $0.score }) ?? true { best = (score, l) }
        }
        return best?.line
    }

    /// Illustrative national averages to start from, per week, rounded: an in-house foster
    /// placement with allowance and support, an IFA placement, kinship care, a council and a
    /// private children's home, supported accommodation. They are of the order reported by the
    /// Competition and Markets Authority's children's social care market study (2022) and later
    /// council budget reports; every authority should replace them with its own.
    public static let illustrative = PlacementCostTable(lines: [
        PlacementCost(placement: PlacementGroup.inHouseFostering.rawValue, weeklyCost: 500),
        PlacementCost(placement: PlacementGroup.independentFostering.rawValue, weeklyCost: 1_000),
        PlacementCost(placement: PlacementGroup.kinship.rawValue, weeklyCost: 350),
        PlacementCost(placement: PlacementGroup.residentialLA.rawValue, weeklyCost: 5_500),
        PlacementCost(placement: PlacementGroup.residentialPrivate.rawValue, weeklyCost: 6_500),
        PlacementCost(placement: "K1", weeklyCost: 8_000, note: "secure children's home"),
        PlacementCost(placement: PlacementGroup.supportedAccommodation.rawValue, weeklyCost: 1_800),
        PlacementCost(placement: PlacementGroup.placedForAdoption.rawValue, weeklyCost: 0,
                      note: "adoption costs are one-off fees, not weekly"),
        PlacementCost(placement: PlacementGroup.placedWithParents.rawValue, weeklyCost: 100),
        PlacementCost(placement: PlacementGroup.other.rawValue, weeklyCost: 1_500),
    ])
}

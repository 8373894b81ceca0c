import HearthCore

/// A placement cost table for a synthetic authority: the illustrative national figures, plus a
/// price for some of the private children's homes its children live in. Councils pay very
/// different prices home by home, and the handful of placements at £10k–£20k+ a week are the
/// ones boards ask about, so a table priced only by type would hide them.
public enum SyntheticPlacementCosts {
    public static func table(for ssda903: SSDA903Return?, seed: UInt64) -> PlacementCostTable {
        var rng = SeededRandom(seed: seed).stream(10)
        let homes = Set((ssda903?.episodes ?? []).filter {
            ["K1", "K2"].contains($0.placement ?? "") && ["PR4", "PR5"].contains($0.placementProvider ?? "")
        }.compactMap(\.urn).filter { $0 != "XXXXXXX" }).sorted()
        var lines = PlacementCostTable.illustrative.lines
        for urn in homes where rng.chance(0.3) {
            // Solo and specialist homes cost several times a standard placement.
            let weekly = (Double(rng.int(70...220)) * 100).rounded()
            lines.append(PlacementCost(placement: PlacementGroup.residentialPrivate.rawValue, provider: urn, weeklyCost: weekly,
                                       note: weekly >= 10_000 ? "solo / specialist placement" : nil))
        }
        return PlacementCostTable(lines: lines)
    }
}

import HearthCore

/// The aggregate figures of a `SufficiencyReport` as one audience may see them: what the
/// sufficiency page and the board pack show, decided once by `Disclosure`.
///
/// Children by placement group are a breakdown of the children looked after, so a hidden group
/// hides a second one. A group's weekly cost is its price times its priced placements, so it goes
/// with the group's count and with the count of its placements that are (or are not) priced.
/// The weekly commitment, its average, the spend to date and the projection are sums of those
/// costs: they go when any group's cost does.
public struct SufficiencyFigures: Sendable, Hashable {
    public struct Group: Sendable, Hashable {
        public let group: PlacementGroup
        public let children: SuppressedValue
        /// Share of the children looked after, as a percentage; withheld with the count.
        public let share: Disclosed<Double>?
        public let weeklyCost: Disclosed<Double>
        /// Placements of the group no cost line prices.
        public let unpriced: SuppressedValue
    }

    public let groups: [Group]
    public let lookedAfter: SuppressedValue
    public let distant: SuppressedValue
    /// Children whose distance from home is known: the distant share's denominator.
    public let distanceKnown: SuppressedValue
    public let distantShare: Disclosed<Double>?
    public let unregistered: SuppressedValue
    public let highCost: SuppressedValue
    public let unpriced: SuppressedValue
    public let weeklyCommitment: Disclosed<Double>
    public let averageWeeklyCost: Disclosed<Double>
    public let spentToDate: Disclosed<Double>
    public let projectedYear: Disclosed<Double>

    public init(_ r: SufficiencyReport, _ disclosure: Disclosure) {
        let byGroup = r.byGroup
        let (cells, total) = disclosure.breakdown(byGroup.map { Int($0.children.numerator) })
        groups = zip(byGroup, cells).map { g, cell in
            let priced = disclosure.count(Int(g.children.numerator) - g.unpriced)
            let unpriced = disclosure.count(g.unpriced)
            return Group(group: g.group, children: cell, share: g.children.percent.map { p in cell.map { _ in p } },
                         weeklyCost: disclosure.money(g.weeklyCost, from: [cell, priced, unpriced]), unpriced: unpriced)
        }
        lookedAfter = total
        let money = groups.map(\.weeklyCost)
        func sum(_ amount: Double) -> Disclosed<Double> { disclosure.moneyTotal(amount, over: money) }
        let terms = disclosure.terms(numerator: r.distant.numerator, denominator: r.distant.denominator, unit: .percent)
        distant = terms.numerator.map { Int($0) }
        distanceKnown = terms.denominator.map { Int($0) }
        distantShare = disclosure.figure(r.distant.percent, numerator: r.distant.numerator, denominator: r.distant.denominator,
                                         unit: .percent)
        unregistered = disclosure.count(r.unregistered.count)
        highCost = disclosure.count(r.highCost.count)
        unpriced = disclosure.count(r.unpriced)
        weeklyCommitment = sum(r.spend.weeklyCommitment)
        averageWeeklyCost = sum(r.averageWeeklyCost.ratio ?? 0)
        spentToDate = sum(r.spend.spentToDate)
        projectedYear = sum(r.spend.projectedYear)
    }
}

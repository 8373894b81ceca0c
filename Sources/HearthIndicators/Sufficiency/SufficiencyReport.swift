import HearthCore

/// Children looked after on a date by placement type, how far away and whether in unregistered
/// provision, what their placements cost, and spend in the financial year. What `hearth
/// sufficiency` prints and the sufficiency page shows. Holds child-level rows (`placements`):
/// aggregate views should use the other properties.
public struct SufficiencyReport: Sendable, Hashable, Codable {
    public static let defaultHighCostThreshold = 10_000.0

    public let date: Day
    public let highCostThreshold: Double
    /// Every child looked after on the date (short-break series excluded), in child ID order.
    public let placements: [PricedPlacement]
    public let spend: PlacementSpend

    /// - Parameters:
    ///   - dataset: the SSDA903 this year and last (both, so the financial year's spend is whole).
    ///   - date: the as-at date; within the 903 years held.
    ///   - costs: the cost table (`placement_costs.csv`, or `.illustrative`).
    public init(dataset: Dataset, date: Day, costs: PlacementCostTable, postcodes: PostcodeDirectory = .shipped,
                highCostThreshold: Double = SufficiencyReport.defaultHighCostThreshold) {
        let history = CareHistory(current: dataset.ssda903, previous: dataset.ssda903Previous)
        let fyStartYear = date.month >= 4 ? date.year : date.year - 1
        let yearStart = Day(year: fyStartYear, month: 4, day: 1) ?? date
        let yearEnd = Day(year: fyStartYear + 1, month: 3, day: 31) ?? date
        var placements: [PricedPlacement] = []
        var spent = 0.0
        for (c, (child, episodes)) in history.episodesByChild.enumerated() {
            for (i, e) in episodes.enumerated() where CareHistory.isLookedAfter(e) {
                guard let start = e.startDate else { continue }
                let group = PlacementGroup(place: e.placement, provider: e.placementProvider)
                let line = costs.line(place: e.placement, provider: e.placementProvider, urn: e.urn, group: group)
                // Cost accrues for each night in the placement: from its start up to (not
                // including) its end, within the year up to and including the as-at date.
                let from = max(start, yearStart), to = min(e.endDate ?? date.adding(days: 1), date.adding(days: 1))
                if let weekly = line?.weeklyCost, from < to { spent += Double(from.days(to: to)) * weekly / 7 }
                guard start <= date, e.endDate.map({ $0 > date }) ?? true else { continue }
                let distance = DistantPlacements.distance(of: e, authority: dataset.authorityCode, postcodes: postcodes)
                placements.append(PricedPlacement(
                    childID: child, place: e.placement, provider: e.placementProvider, urn: e.urn, group: group,
                    placementStart: CareHistory.placementStart(of: i, in: episodes), weeklyCost: line?.weeklyCost,
                    costLine: line, milesFromHome: distance?.miles, outsideAuthority: distance?.outside,
                    unregisteredReason: UnregisteredProvision.reason(place: e.placement, urn: e.urn,
                                                                     birthDate: history.birthDates[c], on: date)))
            }
        }
        self.date = date
        self.highCostThreshold = highCostThreshold
        self.placements = placements
        self.spend = PlacementSpend(yearStart: yearStart, yearEnd: yearEnd, asAt: date, spentToDate: spent,
                                    weeklyCommitment: placements.compactMap(\.weeklyCost).reduce(0, +))
    }

    public var lookedAfter: Int { placements.count }

    /// Every group, in `PlacementGroup` order, including those with no children.
    public var byGroup: [PlacementGroupSummary] {
        PlacementGroup.allCases.map { g in
            let these = placements.filter { $0.group == g }
            return PlacementGroupSummary(group: g, children: MeasureRatio(Double(these.count), Double(lookedAfter)),
                                         weeklyCost: these.compactMap(\.weeklyCost).reduce(0, +),
                                         unpriced: these.filter { $0.weeklyCost == nil }.count)
        }
    }

    /// Placed more than 20 miles from home and outside the authority ÷ those whose distance is known.
    public var distant: MeasureRatio {
        let known = placements.filter { $0.milesFromHome != nil }
        return MeasureRatio(Double(known.filter(\.isDistant).count), Double(known.count))
    }

    public var unregistered: [PricedPlacement] { placements.filter { $0.unregisteredReason != nil } }

    /// Placements costing at least the threshold a week, dearest first.
    public var highCost: [PricedPlacement] {
        placements.filter { ($0.weeklyCost ?? 0) >= highCostThreshold }.sorted { ($0.weeklyCost ?? 0) > ($1.weeklyCost ?? 0) }
    }

    /// Placements no cost line prices: the spend leaves them out.
    public var unpriced: Int { placements.filter { $0.weeklyCost == nil }.count }

    /// Average weekly cost of the priced placements.
    public var averageWeeklyCost: MeasureRatio {
        let priced = placements.compactMap(\.weeklyCost)
        return MeasureRatio(priced.reduce(0, +), Double(priced.count))
    }
}

import HearthCore

/// Children looked after at the period end placed more than 20 miles from home and outside the
/// authority's boundary. Distances run between postcode-sector centroids (ONS Postcode
/// Directory), as near as the 903's postcodes allow.
struct DistantPlacements: Measure {
    static let miles = 20.0

    let definition = IndicatorDefinition(
        id: "cla_distance_20mi", title: "Children looked after placed more than 20 miles away and outside the authority",
        definition: "Children looked after at the end of the period whose placement is more than 20 miles from their home postcode and outside the authority's boundary, as a percentage of children looked after at the period end whose distance is known.",
        numerator: "placed > 20 miles from home and outside the authority", denominator: "children looked after at the period end with both postcodes known",
        periodKind: .snapshot, unit: .percent, polarity: .low, source: .ssda903,
        area: .childrenInCare,
        // LAIT `LACDistance` (87), "Children looked after placed more than 20 miles
        // from home, outside LA Boundary (%)", Low. DfE: children looked after at 31 March placed more
        // than 20 miles from their home address and outside the authority's boundary ÷ all children
        // looked after at 31 March (short-break placements left out) — the indicator's cohort and
        // test. One difference: DfE divides by every child looked after at 31 March, Hearth by those
        // whose two postcodes it can place, so Hearth's figure runs higher where postcodes are
        // missing. (Not the EES table of placements started in the year, a different cohort.)
        published: .lait(LAITMeasure(measure: "LACDistance", code: "87", polarity: .low)),
        decimalPlaces: 0)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        let postcodes = context.postcodes
        var tally = Tally(context)
        let own = Self.ownAuthority(context.dataset.authorityCode)
        for (child, episodes) in context.care.episodesByChild {
            guard let i = CareHistory.episodeIndex(openOn: period.end, in: episodes), CareHistory.isLookedAfter(episodes[i]),
                  let (miles, outside) = Self.distance(from: episodes[i].homePostcode, to: episodes[i].placementPostcode,
                                                       ownAuthority: own, postcodes: postcodes)
            else { continue }
            let far = miles > Self.miles && outside
            tally.add(childID: child, date: episodes[i].startDate, inNumerator: far,
                                 reason: String(format: "%.1f miles from home, %@ the authority", miles, outside ? "outside" : "inside"))
        }
        return percentage(tally, period)
    }

    /// Miles from home to placement and whether the placement is outside the authority; nil
    /// when either postcode is missing or not in the directory. An authority's own data: outside
    /// its boundary. A national dataset (no authority code): outside the authority the child's
    /// home is in.
    static func distance(of e: CareEpisode, authority: String?, postcodes: PostcodeDirectory) -> (miles: Double, outside: Bool)? {
        distance(from: e.homePostcode, to: e.placementPostcode, ownAuthority: ownAuthority(authority), postcodes: postcodes)
    }

    /// The DfE code of the authority whose data this is, nil for a national dataset: looked up
    /// once per measure rather than once per child.
    static func ownAuthority(_ authority: String?) -> String? {
        authority.flatMap { AuthorityDirectory.shipped[$0]?.code }
    }

    /// As `distance(of:authority:postcodes:)`, from the episode's two postcodes (the measure
    /// passes them, not a copy of the whole episode) and with the authority already looked up.
    static func distance(from homePostcode: String?, to placementPostcode: String?, ownAuthority: String?,
                         postcodes: PostcodeDirectory) -> (miles: Double, outside: Bool)? {
        // Each postcode's sector is looked up once and serves both the distance and the
        // authority: asking the directory for miles and then for two authorities looked up four
        // sectors, each building a key string and hashing it, for every child in care.
        guard let homeCode = homePostcode, let placedCode = placementPostcode,
              let home = postcodes.sector(of: homeCode), let placed = postcodes.sector(of: placedCode) else { return nil }
        let own = ownAuthority ?? home.authority
        return (miles(from: home, to: placed), placed.authority != own)
    }

    /// Straight-line miles between two sectors' centroids, as `PostcodeDirectory.miles(from:to:)`
    /// gives them for their postcodes (a test holds the two to the same answer).
    static func miles(from x: PostcodeDirectory.Sector, to y: PostcodeDirectory.Sector) -> Double {
        let de = Double(x.easting - y.easting), dn = Double(x.northing - y.northing)
        return (de * de + dn * dn).squareRoot() / 1609.344
    }
}

import Foundation

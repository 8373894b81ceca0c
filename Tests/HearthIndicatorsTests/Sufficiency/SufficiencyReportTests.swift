import HearthCore
import Testing
@testable import HearthIndicators

/// Sufficiency and cost on a handful of placements, as at 31 January 2025 (financial year
/// 1 April 2024 – 31 March 2025). Weekly costs are multiples of 7 so each day costs a round sum.
///
/// | child | PLACE/provider | URN      | start      | end        | group                 | £/week (per day) |
/// |-------|----------------|----------|------------|------------|-----------------------|------------------|
/// | C1    | U4 PR1         |          | 2024-01-01 |            | in-house fostering    | 700 (100)        |
/// | C2    | U6 PR4         |          | 2024-10-01 |            | IFA                   | 1,400 (200)      |
/// | C3    | K2 PR4         | SC000001 | 2024-06-01 |            | private home, own URN | 14,000 (2,000)   |
/// | C4    | K2 PR4         | XXXXXXX  | 2025-01-01 |            | private home          | 7,000 (1,000)    |
/// | C5    | H5 PR4, aged 15| XXXXXXX  | 2024-04-01 |            | supported             | 2,100 (300)      |
/// | C6    | U1 PR1         |          | 2023-05-01 | 2024-09-30 | kinship               | 350 (50)         |
/// | C7    | U6 PR1, LS V3  |          | 2024-11-01 |            | short breaks: not looked after |         |
@Suite struct SufficiencyReportTests {
    static func day(_ iso: String) -> Day { Day(flexible: iso)! }
    static let date = day("2025-01-31")

    /// Three sectors: AA1 1 and CC1 1 in the authority (876), 40 km apart; BB1 1 40 km away in another.
    static let postcodes = PostcodeDirectory(sectors: [
        "AA1 1": .init(easting: 0, northing: 0, authority: "876"),
        "BB1 1": .init(easting: 40_000, northing: 0, authority: "999"),
        "CC1 1": .init(easting: 0, northing: 40_000, authority: "876"),
    ])

    static let costs = PlacementCostTable(lines: [
        PlacementCost(placement: "in_house_fostering", weeklyCost: 700),
        PlacementCost(placement: "ifa_fostering", weeklyCost: 1_400),
        PlacementCost(placement: "kinship", weeklyCost: 350),
        PlacementCost(placement: "residential_private", weeklyCost: 7_000),
        PlacementCost(placement: "residential_private", provider: "SC000001", weeklyCost: 14_000),
        PlacementCost(placement: "supported_accommodation", weeklyCost: 2_100),
    ])

    static func episode(_ child: String, _ place: String, _ provider: String, start: String, end: String? = nil,
                        urn: String? = nil, placed: String? = "AA1 1AB", legal: String = "C2") -> CareEpisode {
        CareEpisode(childID: child, startDate: day(start), reasonForNewEpisode: "S", legalStatus: legal, placement: place,
                    placementProvider: provider, endDate: end.map(day), homePostcode: "AA1 1AA", placementPostcode: placed, urn: urn)
    }

    static let dataset = Dataset(authorityCode: "876", ssda903: SSDA903Return(
        collectionYear: 2025,
        header: ["C1", "C2", "C3", "C4", "C6", "C7"].map { LookedAfterChild(childID: $0, birthDate: day("2012-01-01")) }
            + [LookedAfterChild(childID: "C5", birthDate: day("2009-06-01"))],
        episodes: [
            episode("C1", "U4", "PR1", start: "2024-01-01"),
            episode("C2", "U6", "PR4", start: "2024-10-01", placed: "BB1 1AB"),
            episode("C3", "K2", "PR4", start: "2024-06-01", urn: "SC000001", placed: "CC1 1AA"),
            episode("C4", "K2", "PR4", start: "2025-01-01", urn: "XXXXXXX", placed: nil),
            episode("C5", "H5", "PR4", start: "2024-04-01", urn: "XXXXXXX", placed: "AA1 1AC"),
            episode("C6", "U1", "PR1", start: "2023-05-01", end: "2024-09-30"),
            episode("C7", "U6", "PR1", start: "2024-11-01", legal: "V3"),
        ]))

    let report = SufficiencyReport(dataset: Self.dataset, date: Self.date, costs: Self.costs, postcodes: Self.postcodes)

    @Test func countsChildrenLookedAfterOnTheDateByPlacementGroup() {
        // C1–C5 are looked after on 31/01/2025; C6 left on 30/09/2024; C7 is a short-break series.
        #expect(report.lookedAfter == 5)
        let counts = Dictionary(uniqueKeysWithValues: report.byGroup.map { ($0.group, Int($0.children.numerator)) })
        let expected: [PlacementGroup: Int] = [.inHouseFostering: 1, .independentFostering: 1, .kinship: 0, .residentialLA: 0,
                           .residentialPrivate: 2, .supportedAccommodation: 1, .placedForAdoption: 0,
                           .placedWithParents: 0, .other: 0]
        #expect(counts == expected)
        #expect(report.byGroup.first { $0.group == .residentialPrivate }?.children.percent == 40)
    }

    @Test func groupsPlaceCodesByProvider() {
        #expect(PlacementGroup(place: "U5", provider: "PR2") == .inHouseFostering)
        #expect(PlacementGroup(place: "U5", provider: "PR5") == .independentFostering)
        #expect(PlacementGroup(place: "U2", provider: "PR4") == .kinship)
        #expect(PlacementGroup(place: "K1", provider: "PR3") == .residentialLA)
        #expect(PlacementGroup(place: "K2", provider: "PR5") == .residentialPrivate)
        #expect(PlacementGroup(place: "P2", provider: "PR4") == .supportedAccommodation)
        #expect(PlacementGroup(place: "A4", provider: "PR1") == .placedForAdoption)
        #expect(PlacementGroup(place: "P1", provider: "PR0") == .placedWithParents)
        #expect(PlacementGroup(place: "R3", provider: "PR3") == .other)
    }

    @Test func pricesEachPlacementByItsMostSpecificLine() {
        // C3's home has its own line (£14,000); C4's, without a URN line, the group's (£7,000).
        let costs = Dictionary(uniqueKeysWithValues: report.placements.map { ($0.childID, $0.weeklyCost) })
        #expect(costs == ["C1": 700, "C2": 1_400, "C3": 14_000, "C4": 7_000, "C5": 2_100])
        // A PLACE code line beats its group's; a provider-code line beats a line for every provider.
        let table = PlacementCostTable(lines: [
            PlacementCost(placement: "residential_private", weeklyCost: 1),
            PlacementCost(placement: "K2", weeklyCost: 2),
            PlacementCost(placement: "K2", provider: "PR5", weeklyCost: 3),
        ])
        #expect(table.line(place: "K2", provider: "PR4", urn: nil, group: .residentialPrivate)?.weeklyCost == 2)
        #expect(table.line(place: "K2", provider: "PR5", urn: nil, group: .residentialPrivate)?.weeklyCost == 3)
        #expect(table.line(place: "K1", provider: "PR4", urn: nil, group: .residentialPrivate)?.weeklyCost == 1)
    }

    @Test func placedOver20MilesAndOutsideTheAuthority() {
        // 40 km = 24.85 miles. C2 is that far and outside (distant); C3 that far but inside; C1 and
        // C5 0 miles; C4 has no placement postcode, so is left out: 1 of 4.
        #expect(report.distant == MeasureRatio(1, 4))
        #expect(report.placements.filter(\.isDistant).map(\.childID) == ["C2"])
    }

    @Test func findsUnregisteredProvision() {
        // C4: a children's home with no URN. C5: aged 15 in semi-independent living.
        #expect(report.unregistered.map(\.childID) == ["C4", "C5"])
        #expect(report.unregistered.last?.unregisteredReason?.contains("aged 15") == true)
        #expect(UnregisteredProvision.reason(place: "H5", urn: "XXXXXXX", birthDate: Self.day("2007-01-01"), on: Self.date)
                == "supported accommodation (H5) with no Ofsted URN")
        #expect(UnregisteredProvision.reason(place: "H5", urn: "SC1", birthDate: Self.day("2007-01-01"), on: Self.date) == nil)
    }

    @Test func listsHighCostPlacementsAtTheThreshold() {
        // Only C3 (£14,000) reaches £10,000; at a £7,000 threshold C4 joins, dearest first.
        #expect(report.highCost.map(\.childID) == ["C3"])
        let lower = SufficiencyReport(dataset: Self.dataset, date: Self.date, costs: Self.costs, postcodes: Self.postcodes,
                                      highCostThreshold: 7_000)
        #expect(lower.highCost.map(\.childID) == ["C3", "C4"])
    }

    @Test func spendToDateAndStraightLineProjection() {
        // Nights from 1/4/2024 (or the start) to 31/1/2025 inclusive (or the end):
        // C1 306 × £100 = 30,600; C2 123 × 200 = 24,600; C3 245 × 2,000 = 490,000; C4 31 × 1,000 = 31,000;
        // C5 306 × 300 = 91,800; C6 1/4–29/9/2024 = 182 × 50 = 9,100. Total 677,100.
        #expect(report.spend.spentToDate == 677_100)
        // Open on 31/1/2025: 700 + 1,400 + 14,000 + 7,000 + 2,100 = £25,200 a week.
        #expect(report.spend.weeklyCommitment == 25_200)
        // 59 days to 31/3/2025: 25,200 × 59 ÷ 7 = 212,400; projection 677,100 + 212,400 = 889,500.
        #expect(report.spend.daysRemaining == 59)
        #expect(report.spend.committedToYearEnd == 212_400)
        #expect(report.spend.projectedYear == 889_500)
    }
}

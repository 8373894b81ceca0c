import Testing
import HearthCore
@testable import HearthIndicators

@Suite struct DistantPlacementsTests {
    /// Home in AA1 1 (authority 876); BB1 1 is 30 km east and 40 km north (50 km) in 999.
    let postcodes = PostcodeDirectory(sectors: [
        "AA1 1": .init(easting: 100_000, northing: 200_000, authority: "876"),
        "BB1 1": .init(easting: 130_000, northing: 240_000, authority: "999"),
        "CC1 1": .init(easting: 100_500, northing: 199_000, authority: "876"),
    ])

    func placed(from home: String?, to place: String?) -> CareEpisode {
        CareEpisode(childID: "C1", homePostcode: home, placementPostcode: place)
    }

    @Test func sectorMilesAreTheDirectorysMiles() throws {
        for (a, b) in [("AA1 1AA", "BB1 1BB"), ("BB1 1BB", "CC1 1CC"), ("AA1 1AA", "AA1 1ZZ")] {
            let x = try #require(postcodes.sector(of: a)), y = try #require(postcodes.sector(of: b))
            #expect(DistantPlacements.miles(from: x, to: y) == postcodes.miles(from: a, to: b))
        }
    }

    @Test func nationalDataJudgesOutsideByTheHomeSectorsAuthority() throws {
        let far = try #require(DistantPlacements.distance(of: placed(from: "AA1 1AA", to: "BB1 1BB"), authority: nil, postcodes: postcodes))
        #expect(far.miles == postcodes.miles(from: "AA1 1AA", to: "BB1 1BB"))
        #expect(far.outside)
        let near = try #require(DistantPlacements.distance(of: placed(from: "AA1 1AA", to: "CC1 1CC"), authority: nil, postcodes: postcodes))
        #expect(!near.outside)
    }

    @Test func unknownOrMissingPostcodesGiveNoDistance() {
        #expect(DistantPlacements.distance(of: placed(from: "AA1 1AA", to: nil), authority: nil, postcodes: postcodes) == nil)
        #expect(DistantPlacements.distance(of: placed(from: "ZZ9 9ZZ", to: "AA1 1AA"), authority: nil, postcodes: postcodes) == nil)
    }
}

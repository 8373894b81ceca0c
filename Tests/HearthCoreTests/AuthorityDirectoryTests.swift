import Testing
@testable import HearthCore

@Suite struct AuthorityDirectoryTests {
    let directory = AuthorityDirectory.shipped

    @Test func holdsAll153Authorities() {
        #expect(directory.all.count == 153)
        #expect(Set(directory.all.map(\.code)).count == 153)
    }

    @Test func knowsHalton() throws {
        let halton = try #require(directory["876"])
        #expect(halton.name == "Halton")
        #expect(halton.onsCode == "E06000006")
        #expect(halton.regionName == "North West")
        #expect(halton.statisticalNeighbours.count == 10)
        #expect(halton.population0to17[2024] != nil)
        #expect(directory.find("e06000006") == halton)
        #expect(directory.find("halton") == halton)
    }

    @Test func everyNeighbourIsAnAuthority() {
        for la in directory.all {
            #expect(directory.neighbours(of: la).count == 10, "\(la.name)")
            #expect(!la.statisticalNeighbours.contains(la.code))
        }
    }

    @Test func londonBoroughsAreInTheLondonRegion() throws {
        let camden = try #require(directory["202"])
        #expect(camden.regionCode == "E12000007")
        #expect(camden.subregion == "Inner London")
        #expect(directory.region("E12000007").count == 33)
    }

    @Test func usesThePreviousMidYearEstimateForAReportingYear() throws {
        let halton = try #require(directory["876"])
        #expect(halton.population(forCollectionYear: 2025) == halton.population0to17[2024])
        // No mid-2025 estimate yet: 2026-27 falls back to the latest published.
        #expect(halton.population(forCollectionYear: 2027) == halton.population0to17[2024])
    }
}

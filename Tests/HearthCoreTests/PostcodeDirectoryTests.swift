import Testing
@testable import HearthCore

@Suite struct PostcodeDirectoryTests {
    let directory = PostcodeDirectory.shipped

    @Test func coversEnglandsSectors() {
        #expect(directory.sectorCount > 9_000)
        #expect(directory.authority(of: "WA7 1AA") == "876")   // Runcorn, Halton
        #expect(directory.authority(of: "wa71aa") == "876")
        #expect(directory.authority(of: "WA7 1") == "876")     // a partial postcode names its sector
        #expect(directory.authority(of: "ZZ9 9ZZ") == nil)
    }

    @Test func measuresMilesBetweenSectors() throws {
        // Runcorn (WA7) to central Manchester (M1) is about 20 miles as the crow flies.
        let miles = try #require(directory.miles(from: "WA7 1AA", to: "M1 1AA"))
        #expect(miles > 15 && miles < 25)
        #expect(directory.miles(from: "WA7 1AA", to: "WA7 1AB") == 0)
    }

    @Test func samplesRealPostcodesForEveryAuthority() {
        for la in AuthorityDirectory.shipped.all {
            let sample = directory.samplePostcodes(for: la.code)
            #expect(!sample.isEmpty, "\(la.name)")
            #expect(sample.allSatisfy { directory.authority(of: $0) != nil })
        }
    }

    @Test func readsSectorKeys() {
        #expect(PostcodeDirectory.sectorKey("W1  3PF") == "W1 3")
        #expect(PostcodeDirectory.sectorKey("TS241AA") == "TS24 1")
        #expect(PostcodeDirectory.sectorKey("") == nil)
    }
}

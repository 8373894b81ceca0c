import Foundation
import Testing
@testable import HearthData

@Suite struct LAITStatisticsTests {
    static let dictionary = """
    Measure_code,Topic,Measure,Measure_short,Polarity,dps,Year_Type,Description
    218,Child Protection,ICPCs within 15 days,CP_conf_15days,High,NA,Financial Year,"Conferences within 15 working days
    of the strategy discussion."
    217,Child Protection,s47 rate,Section_47,-,1,Financial Year,Rate per 10,000
    14,Child Protection,Second plans,ReRegCPR,Low,0,Financial Year,A count
    """

    // Given a long table with every kind of cell LAIT and EES write, and lines that cannot be read
    static let long = """
    measure,year,la_code,area,region,value
    CP_conf_15days,2025,876,Halton,North West,86.900000000000006
    CP_conf_15days,2025,877,Warrington,North West,-
    CP_conf_15days,2025,878,Nowhere,North West,c
    CP_conf_15days,2025,879,Somewhere,North West,x
    CP_conf_15days,2025,880,Elsewhere,North West,z
    CP_conf_15days,2025,881,Anywhere,North West,k
    CP_conf_15days,2025,882,Thisplace,North West,u
    CP_conf_15days,2025,883,Thatplace,North West,low
    CP_conf_15days,2025,884,Blankton,North West,
    CP_conf_15days,2025,970,England,NA,81.400000000000006
    CP_conf_15days,2025,982,Yorkshire and the Humber,NA,79.2
    Section_47,2025,876,Halton,North West,315.85
    Section_47,2024,876,Halton,North West,-12.25
    ReRegCPR,2025,876,Halton,North West,2.5
    CP_conf_15days,twenty25,876,Halton,North West,50
    CP_conf_15days,2025,876
    Unmapped,2023,876,Halton,North West,1.23456

    CP_conf_15days,2025,876,Halton,North West,12
    """

    static func read() throws -> LAITStatistics {
        try LAITStatistics(long: CSVReader(text: long), dictionary: CSVReader(text: dictionary))
    }

    @Test func readsTheDictionaryWithPolarityAndDecimalPlaces() throws {
        let lait = try Self.read()
        let icpc = try #require(lait.measures["CP_conf_15days"])
        #expect(icpc.code == "218" && icpc.polarity == .high && icpc.decimalPlaces == nil)
        #expect(icpc.description.contains("strategy discussion"))  // a quoted field over two lines
        #expect(lait.measures["Section_47"]?.polarity == PublishedPolarity.none)
        #expect(lait.measures["Section_47"]?.decimalPlaces == 1)
        #expect(lait.measures["ReRegCPR"]?.polarity == .low)
    }

    @Test func keepsSymbolsAndNeverReadsThemAsZero() throws {
        // When: each cell is looked up
        let lait = try Self.read()
        func v(_ code: String) -> PublishedValue? { lait.value("CP_conf_15days", level: .localAuthority, area: code, year: 2025) }
        // Then: the floating-point text is the number it names, and each symbol keeps its meaning
        #expect(v("876") == .number(86.9))
        #expect(v("877") == .notAvailable)  // LAIT's "-"
        #expect(v("878") == .suppressed)
        #expect(v("879") == .notAvailable)
        #expect(v("880") == .notApplicable)
        #expect(v("881") == .roundsToZero)
        #expect(v("882") == .lowReliability)
        #expect(v("883") == .roundsToZero)
        #expect(v("884") == .notAvailable)
        #expect(v("999") == nil)
    }

    @Test func findsEnglandAndRegionsByName() throws {
        let lait = try Self.read()
        #expect(lait.value("CP_conf_15days", level: .national, area: "", year: 2025) == .number(81.4))
        // LAIT spells "the Humber" with a small t; the directory does not.
        #expect(lait.value("CP_conf_15days", level: .regional, area: "Yorkshire and The Humber", year: 2025) == .number(79.2))
        #expect(lait.value("CP_conf_15days", level: .localAuthority, area: "970", year: 2025) == nil)
    }

    @Test func roundsToTheDictionaryDecimalPlacesHalfAwayFromZero() throws {
        let lait = try Self.read()
        #expect(lait.value("Section_47", level: .localAuthority, area: "876", year: 2025) == .number(315.9))
        #expect(lait.value("Section_47", level: .localAuthority, area: "876", year: 2024) == .number(-12.3))
        #expect(lait.value("ReRegCPR", level: .localAuthority, area: "876", year: 2025) == .number(3))
        // Rounded from the text, not from binary floating point (2.675 is 2.67499… as a Double).
        #expect(LAITStatistics.value("2.675", decimalPlaces: 2) == .number(2.68))
        // A measure the dictionary does not hold keeps its digits (rounded at 10 places only).
        #expect(lait.value("Unmapped", level: .localAuthority, area: "876", year: 2023) == .number(1.23456))
    }

    @Test func leavesOutLinesItCannotReadAndKeepsTheFirstOfARepeat() throws {
        let lait = try Self.read()
        #expect(lait.skippedLines == [16, 17])
        #expect(lait.years("CP_conf_15days") == [2025])
        #expect(lait.years("Section_47") == [2024, 2025])
        #expect(lait.value("CP_conf_15days", level: .localAuthority, area: "876", year: 2025) == .number(86.9))
    }

    @Test func refusesATableWithoutItsColumns() {
        #expect(throws: PublishedStatisticsError.missingColumn(file: "lait_csc_long.csv", column: "value")) {
            try LAITStatistics(long: CSVReader(text: "measure,year,la_code,area,region\n"), dictionary: CSVReader(text: Self.dictionary))
        }
    }

    @Test func readsTheShippedCut() throws {
        let lait = try LAITStatistics.shipped()
        #expect(lait.skippedLines.isEmpty)
        #expect(lait.value("CP_conf_15days", level: .localAuthority, area: "876", year: 2025) == .number(86.9))
        // Written "85.800000000000011" in LAIT: the floating-point error is not a published digit.
        #expect(lait.value("CP_conf_15days", level: .localAuthority, area: "876", year: 2018) == .number(85.8))
        #expect(lait.years("Continue_Assess_Comp").last == 2025)
    }
}

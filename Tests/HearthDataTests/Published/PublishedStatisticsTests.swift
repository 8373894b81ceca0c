import Testing
@testable import HearthData

@Suite struct PublishedStatisticsTests {
    private let sample = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent
    202425,Reporting year,National,E92000001,England,,,,,,Referrals,632830,22.6
    202425,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Referrals,80000,21.0
    202425,Reporting year,Local authority,E92000001,England,E12000002,North West,876,E06000006,Halton,Referrals,1717,19
    202425,Reporting year,Local authority,E92000001,England,E12000007,London,201,E09000001,City of London,Referrals,c,x
    202425,Reporting year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,Referrals,k,u
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,876,E06000006,Halton,Referrals,1654,z
    """

    @Test func symbolsKeepTheirMeaningAndAreNeverZero() {
        // Given the symbols DfE writes
        let cells = ["c", "x", ":", "z", "k", "low", "u", "12.5", "1,234", ""]

        // When each is read
        let values = cells.map { PublishedValue(text: $0) }

        // Then each is its own case and only numbers have a number
        #expect(values == [.suppressed, .notAvailable, .notAvailable, .notApplicable, .roundsToZero, .roundsToZero,
                           .lowReliability, .number(12.5), .number(1234), .notAvailable])
        #expect(values.prefix(7).allSatisfy { $0.number == nil })
    }

    @Test func findsValuesByLevelAreaAndYearInEitherYearForm() throws {
        // Given a table whose periods are written 202425 and 2024
        let table = try PublishedTable(name: "sample.csv", csv: sample)

        // When values are looked up by the year the period ends
        let halton = table.value("referral_count", level: .localAuthority, code: "876", year: 2025)
        let england = table.value("referral_count", level: .national, year: 2025)
        let region = table.value("rereferral_percent", level: .regional, code: "E12000002", year: 2025)
        let lastYear = table.value("rereferral_percent", level: .localAuthority, code: "876", year: 2024)

        // Then each level and year form is found
        #expect(halton == .number(1717))
        #expect(england == .number(632_830))
        #expect(region == .number(21))
        #expect(lastYear == .notApplicable)
        #expect(table.years == [2024, 2025])
    }

    @Test func suppressedCellsComeBackAsSymbols() throws {
        // Given a table with suppressed and rounded cells
        let table = try PublishedTable(name: "sample.csv", csv: sample)

        // When they are looked up
        let city = table.value("referral_count", level: .localAuthority, code: "201", year: 2025)
        let camden = table.value("rereferral_percent", level: .localAuthority, code: "202", year: 2025)

        // Then the symbol is kept
        #expect(city == .suppressed)
        #expect(camden == .lowReliability)
        #expect(table.value("referral_count", level: .localAuthority, code: "999", year: 2025) == nil)
    }

    @Test func filtersOnBreakdownColumns() throws {
        // Given the shipped looked-after numbers
        let stats = try PublishedStatistics.shipped([.lookedAfterNumbers])

        // When Halton's 31 March count is asked for by its breakdown
        let value = stats.value(.lookedAfterNumbers, "children_count", level: .localAuthority, code: "876", year: 2025,
                                where: ["population_type": "Children looked after on 31 March each year"])

        // Then the published figure comes back
        #expect(value == .number(367))
    }

    @Test func shippedFilesAllRead() throws {
        // Given every shipped file
        // When they are read
        let stats = try PublishedStatistics.shipped()

        // Then each has rows and recognisable columns
        for file in PublishedFile.allCases {
            let table = try #require(stats[file])
            #expect(!table.rows.isEmpty, "\(file.fileName) is empty")
            #expect(table.columns.contains("time_period"))
        }
    }
}

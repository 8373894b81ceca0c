import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// The published side of `hearth workforce`: DfE's figures exactly as csww_indicators_2017_to_2025
/// publishes them, and symbols kept as symbols.
@Suite struct WorkforceBenchmarkTests {
    static let statistics = try? PublishedStatistics.shipped([.workforce])

    /// A report dated in the 2024 census year (30/09/2024).
    private func report() -> WorkforceReport { WorkforceReport(WorkforceFixture.snapshot) }

    private func benchmarks(_ la: String) throws -> [IndicatorID: WorkforceBenchmark] {
        let stats = try #require(Self.statistics)
        let list = try WorkforceBenchmark.compare(report(), authority: la, benchmarker: Benchmarker(statistics: stats))
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }

    @Test func haltonsPublished2024FiguresBesideEnglandAndTheNorthWest() throws {
        // csww_indicators, 2024, Halton (876) / England / North West:
        // vacancy 43 / 17.3 / 18.4; agency 44.3 / 16.2 / 19; turnover 11.3 / 13.9 / 15.5;
        // caseload 19.1 / 15.4 / 16.6; absence 1.8 / 3.4 / 4; agency cover of vacancies 91.5 / 76.2 / 78.2
        let b = try benchmarks("876")
        let expected: [IndicatorID: [Double]] = [
            "sw_vacancy_rate": [43, 17.3, 18.4], "sw_agency_rate": [44.3, 16.2, 19], "sw_turnover": [11.3, 13.9, 15.5],
            "sw_caseload": [19.1, 15.4, 16.6], "sw_absence": [1.8, 3.4, 4], "sw_agency_cover_vacancies": [91.5, 76.2, 78.2],
        ]
        for (id, values) in expected {
            let m = try #require(b[id], "\(id)")
            #expect(m.year == 2024)
            #expect([m.published, m.england, m.region] == values.map(PublishedValue.number), "\(id)")
            #expect(m.regionName == "North West")
        }
        // The local value beside them is the report's own.
        #expect(b["sw_vacancy_rate"]?.local == 50)
    }

    @Test func neighbourMeanAndMedianMatchTheFileForEveryLA() throws {
        // Given the file read row by row here, independently of the lookup
        let stats = try #require(Self.statistics)
        let table = try #require(stats[.workforce])
        var vacancy: [String: PublishedValue] = [:]
        for row in table.rows where row["geographic_level"] == "Local authority" && row["time_period"] == "2024" {
            if let code = row["old_la_code"], let v = row["vacancy_rate_fte"] { vacancy[code] = PublishedValue(text: v) }
        }
        for code in ["876", "330", "394", "213"] {
            let la = try #require(AuthorityDirectory.shipped[code])
            let numbers = AuthorityDirectory.shipped.neighbours(of: la).compactMap { vacancy[$0.code]?.number }.sorted()
            // When compared
            let b = try #require(try benchmarks(code)["sw_vacancy_rate"])
            // Then the authority's own figure is the file's, and the neighbours' mean and median are of their numbers
            #expect(b.published == vacancy[code])
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            #expect(abs((b.neighbourMean ?? .nan) - mean) < 1e-9, "\(code)")
            let median = numbers.count % 2 == 1 ? numbers[numbers.count / 2]
                : (numbers[numbers.count / 2 - 1] + numbers[numbers.count / 2]) / 2
            #expect(b.neighbourMedian == median, "\(code)")
            #expect(b.neighboursWithData == numbers.count)
        }
    }

    @Test func keepsSymbolsAsSymbolsNeverZero() throws {
        // Sunderland 2024: agency rate "low", turnover "u"; Birmingham 2024: caseload "u";
        // Westminster 2024: agency "x"; Brighton and Hove 2024: agency cover of vacancies "z".
        #expect(try benchmarks("394")["sw_agency_rate"]?.published == .roundsToZero)
        #expect(try benchmarks("394")["sw_turnover"]?.published == .lowReliability)
        #expect(try benchmarks("330")["sw_caseload"]?.published == .lowReliability)
        #expect(try benchmarks("213")["sw_agency_rate"]?.published == .notAvailable)
        #expect(try benchmarks("846")["sw_agency_cover_vacancies"]?.published == .notApplicable)
        #expect(try benchmarks("394")["sw_agency_rate"]?.published.number == nil)
    }

    @Test func usesTheLatestCensusOnOrBeforeTheReportDate() throws {
        // A report dated 31/08/2025 is before the 2025 census (30/09/2025): the 2024 figures apply.
        let stats = try #require(Self.statistics)
        let early = WorkforceSnapshot(date: WorkforceFixture.day("2025-08-31"), teams: WorkforceFixture.teams, staff: WorkforceFixture.staff)
        let list = try WorkforceBenchmark.compare(WorkforceReport(early), authority: "876", benchmarker: Benchmarker(statistics: stats))
        #expect(Set(list.map(\.year)) == [2024])
        // 30/09/2025 and later: 2025 (Halton vacancy rate 31.2).
        let late = WorkforceSnapshot(date: WorkforceFixture.day("2025-09-30"), teams: WorkforceFixture.teams, staff: WorkforceFixture.staff)
        let latest = try WorkforceBenchmark.compare(WorkforceReport(late), authority: "876", benchmarker: Benchmarker(statistics: stats))
        #expect(latest.first { $0.id == "sw_vacancy_rate" }?.published == .number(31.2))
    }
}

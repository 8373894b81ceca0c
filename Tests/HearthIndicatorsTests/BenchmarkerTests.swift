import Foundation
import Testing
import HearthCore
import HearthData
@testable import HearthIndicators

@Suite struct BenchmarkerTests {
    /// Every indicator read from an Explore Education Statistics file, as the catalogue names it.
    static let explore: [(id: IndicatorID, measure: PublishedMeasure)] = IndicatorCatalogue.standard.publishedSources.compactMap {
        if case .explore(let m) = $0.source { ($0.id, m) } else { nil }
    }
    static let statistics: PublishedStatistics? = try? PublishedStatistics.shipped(
        Array(Set(explore.map(\.measure.file)).union([.population])).sorted { $0.rawValue < $1.rawValue })

    static func measure(_ id: IndicatorID) -> PublishedMeasure? { explore.first { $0.id == id }?.measure }

    @Test func reproducesEveryPublishedValueOfEveryAuthorityAndYear() throws {
        // Given the shipped files, read here independently of the lookup code
        let stats = try #require(Self.statistics)
        let benchmarker = Benchmarker(statistics: stats)
        var checked = 0
        for (id, measure) in Self.explore where measure.kind == .asPublished {
            let table = try #require(stats[measure.file])
            for row in table.rows where row["geographic_level"] == "Local authority" {
                guard measure.filters.allSatisfy({ row[$0.key]?.trimmingCharacters(in: .whitespaces).lowercased() == $0.value.lowercased() }),
                      let code = row["old_la_code"], let raw = row[measure.column],
                      let year = PublishedTable.reportingYear(row["time_period"] ?? "") else { continue }
                // When: Hearth looks the figure up as `hearth benchmarks` does
                let found = benchmarker.value(measure, level: .localAuthority, code: code, year: year)
                // Then: the same number, or the same symbol meaning (never a zero for a symbol)
                let published = PublishedValue(text: raw)
                #expect(found == published, "\(id) \(code) \(year): \(raw) vs \(found)")
                if !published.isNumber { #expect(found.number == nil) }
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func comparesHaltonWithEnglandRegionAndNeighbours() throws {
        let stats = try #require(Self.statistics)
        // Halton 2024-25: 1,717 referrals, 327 re-referrals = 19.0% (c1, published).
        let c = try Benchmarker(statistics: stats).compare(authority: "876", indicator: "rereferrals_12m", year: 2025)
        #expect(c.authority.value == .number(19))
        #expect(c.england == .number(22.6))
        #expect(c.region.name == "North West")
        #expect(c.neighbours.count == 10)
        #expect(c.neighbourMean != nil)
        #expect(c.rank != nil && c.rankedAuthorities > 140)
        #expect(c.series.contains { $0.year == 2024 && $0.value == .number(24.2) })
    }

    @Test func derivesRatesFromPublishedCountsAndPopulation() throws {
        let stats = try #require(Self.statistics)
        let b = Benchmarker(statistics: stats)
        // Halton 2024-25: 1,717 referrals ÷ 27,739 children (mid-2024) × 10,000 = 619.0.
        let v = b.value(Self.measure("referrals_rate")!, level: .localAuthority, code: "876", year: 2025)
        #expect(abs((v.number ?? 0) - 1717.0 * 10_000 / 27_739) < 1e-9)
    }

    @Test func derivesCareLeaversInTouchFromTheInformationNotKnown() throws {
        let stats = try #require(Self.statistics)
        let m = try #require(Self.measure("care_leavers_in_touch"))
        let b = Benchmarker(statistics: stats)
        // Halton 2024-25, aged 19–21: 140 in all, 12 whose information is not known
        // (la_care_leavers_activity) → (140 − 12) ÷ 140 = 91.4% → 91, rounded as DfE rounds the table.
        #expect(b.value(m, level: .localAuthority, code: "876", year: 2025) == .number(91))
        // England: (38,440 − 2,390) ÷ 38,440 = 93.8% → 94.
        #expect(b.value(m, level: .national, code: "", year: 2025) == .number(94))
    }

    @Test func ranksAndQuartilesFollowPolarityAndIgnoreSymbols() throws {
        // Given four authorities where lower is better and one suppressed
        let csv = """
        time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,rereferral_percent
        2025,Reporting year,National,E92000001,,,20
        2025,Reporting year,Local authority,E92000001,E12000002,876,10
        2025,Reporting year,Local authority,E92000001,E12000002,877,30
        2025,Reporting year,Local authority,E92000001,E12000002,878,c
        2025,Reporting year,Local authority,E92000001,E12000002,879,20
        """
        let table = try PublishedTable(name: "c1", csv: csv)
        let b = Benchmarker(statistics: PublishedStatistics(tables: [.referrals: table]))
        let best = try b.compare(authority: "876", indicator: "rereferrals_12m", year: 2025)
        #expect(best.rank == 1)
        #expect(best.rankedAuthorities == 3)  // the "c" is not ranked as zero
        #expect(best.quartile == 1)
        let worst = try b.compare(authority: "877", indicator: "rereferrals_12m", year: 2025)
        #expect(worst.rank == 3)
        #expect(worst.quartile == 3)
        let hidden = try b.compare(authority: "878", indicator: "rereferrals_12m", year: 2025)
        #expect(hidden.authority.value == .suppressed)
        #expect(hidden.rank == nil)
    }

    @Test func explainsWhatItCannotCompare() throws {
        let b = Benchmarker(statistics: PublishedStatistics(tables: [:]))
        #expect(throws: BenchmarkError.unknownAuthority("Atlantis")) { try b.compare(authority: "Atlantis", indicator: "cla_rate") }
        #expect(throws: BenchmarkError.notPublished("contact_conversion")) { try b.compare(authority: "876", indicator: "contact_conversion") }
    }
}

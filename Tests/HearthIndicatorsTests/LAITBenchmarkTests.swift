import Foundation
import Testing
import HearthCore
import HearthData
@testable import HearthIndicators

/// The LAIT figures Hearth benchmarks against, checked against the shipped files read here with
/// a splitter of the test's own, and the rank and quartile wording by DfE's polarity.
@Suite struct LAITBenchmarkTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/HearthData/Resources/published/lait").standardized

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func rows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text), i = 0
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"", i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 }
                else if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { record.append(field); field = ""
            } else if c == "\n" { record.append(field); records.append(record); record = []; field = ""
            } else if c != "\r" { field.append(c) }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        let header = records.removeFirst()
        return records.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// A cell as DfE means it: LAIT's "-" and the EES symbols are no number; a number is rounded
    /// to the dictionary's decimal places, or at 10 places (floating-point error only) when it
    /// gives none: "85.800000000000011" is 85.8.
    static func expected(_ text: String, dps: Int?) -> Double? {
        guard let v = Double(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        let scale = pow(10, Double(dps ?? 10))
        return (v * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    static let benchmarker = Benchmarker(statistics: PublishedStatistics(tables: [:]), lait: (try? LAITStatistics.shipped()) ?? .empty)

    @Test func returnsTheShippedValueOfEveryLAITIndicatorForEveryAuthorityRegionAndYear() throws {
        // Given the shipped cut, read independently of LAITStatistics
        let dictionary = try Self.rows("lait_csc_data_dictionary.csv")
        let dps = Dictionary(dictionary.map { ($0["Measure_short"] ?? "", Int($0["dps"] ?? "")) }, uniquingKeysWith: { a, _ in a })
        var shipped: [String: String] = [:]  // measure|year|area → value
        for r in try Self.rows("lait_csc_long.csv") {
            let area = r["region"] == "NA" ? (r["area"] ?? "").lowercased() : r["la_code"] ?? ""
            shipped["\(r["measure"] ?? "")|\(r["year"] ?? "")|\(area)"] = r["value"]
        }
        let directory = AuthorityDirectory.shipped
        var checked = 0
        for (id, source) in IndicatorCatalogue.standard.publishedSources {
            guard case .lait(let m) = source else { continue }
            let years = Self.benchmarker.years(source)
            // Social worker instability was first collected for 2023-24: one year so far.
            #expect(m.measure == "Stability_SocialWorker" ? years == [2024] : years.count >= 9 && years.last == 2025, "\(m.measure): \(years)")
            for year in years {
                for la in directory.all {
                    // When Hearth compares the authority as every page and `hearth benchmarks` do
                    let c = try Self.benchmarker.compare(authority: la.code, indicator: id, year: year)
                    // Then each area's figure is the file's, rounded by the dictionary, symbols never numbers
                    for (key, got) in [("\(m.measure)|\(year)|\(la.code)", c.authority.value),
                                       ("\(m.measure)|\(year)|\(la.regionName.lowercased())", c.region.value),
                                       ("\(m.measure)|\(year)|england", c.england)] {
                        let want = shipped[key].flatMap { Self.expected($0, dps: dps[m.measure] ?? nil) }
                        #expect(got.number == want, "\(key): file \(shipped[key] ?? "no row"), Hearth \(got)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func eachMappingCarriesTheDictionaryPolarityAndCode() throws {
        let lait = try LAITStatistics.shipped()
        for (id, source) in IndicatorCatalogue.standard.publishedSources {
            switch source {
            case .lait(let m):
                let info = try #require(lait.measures[m.measure], "\(m.measure) is not in the shipped dictionary")
                #expect(info.polarity == m.polarity && info.code == m.code, "\(id): \(info)")
            case .explore(let m):
                let info = try #require(lait.measures[m.polarityFrom], "\(m.polarityFrom) is not in the shipped dictionary")
                // A complement (in touch = all − not in touch) reads the other way from its part.
                let expected: PublishedPolarity = if case .complementOfCount = m.kind {
                    info.polarity == .high ? .low : info.polarity == .low ? .high : info.polarity
                } else { info.polarity }
                #expect(expected == m.polarity, "\(id): \(info.polarity) in the dictionary")
            }
        }
        // One definition per id, so no indicator is read from two sources (nor two definitions
        // hide behind one id: the catalogue's lookup would find the first only).
        let ids = IndicatorCatalogue.standard.allDefinitions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func haltonHasEnglandRegionAndTenNeighboursFor2024To25() throws {
        // Given every shipped published file and the LAIT cut
        let stats = try PublishedStatistics.shipped()
        let b = Benchmarker(statistics: stats, lait: try LAITStatistics.shipped())
        var complete: [IndicatorID] = []
        for d in IndicatorCatalogue.standard.definitions {
            guard let c = try? b.compare(authority: "876", indicator: d.id, year: 2025) else {
                // DfE has published social worker instability for one year so far (2023-24, the
                // first year of the SSDA903 social worker collection): compared for that year.
                if case .lait(let m) = d.published, m.measure == "Stability_SocialWorker" {
                    let first = try #require(try? b.compare(authority: "876", indicator: d.id, year: 2024))
                    #expect(first.authority.value.number == 39 && first.england.isNumber && first.neighbours.count == 10)
                    continue
                }
                // Then every indicator without a comparison is one DfE does not publish, with the reason on its page
                #expect(d.published == nil, "\(d.id) is mapped but has no 2024-25 comparison")
                #expect(d.notPublishedBecause != nil, "\(d.id) has no comparison and no reason")
                continue
            }
            // All ten neighbours are listed with DfE's figure or symbol; small ones are suppressed
            // (3 of Halton's neighbours for plans ended after 2 years), so most, not all, are numbers.
            if c.authority.value.isNumber, c.england.isNumber, c.region.value.isNumber,
               c.neighbours.count == 10, c.neighboursWithData >= 5 {
                complete.append(d.id)
            } else {
                Issue.record("\(d.id) 2025: Halton \(c.authority.value), England \(c.england), region \(c.region.value), \(c.neighboursWithData) neighbours")
            }
        }
        // 14 from the EES files (care leavers in touch derived from its complement) and 7 from
        // LAIT; the other 7 DfE does not publish by authority (each definition says why).
        #expect(complete.count == 21, "\(complete)")
    }

    @Test func ranksByDfEPolarityAndWordsAPositionWithoutOne() throws {
        // Given four authorities, each other's neighbours
        let directory = try AuthorityDirectory(csv: """
        code,ons_code,name,region_code,region_name,subregion,neighbours
        101,E1,Alpha,E12000002,North West,,102 103 104
        102,E2,Beta,E12000002,North West,,101 103 104
        103,E3,Gamma,E12000002,North West,,101 102 104
        104,E4,Delta,E12000002,North West,,101 102 103
        """)
        let long = """
        measure,year,la_code,area,region,value
        CP_conf_15days,2025,101,Alpha,North West,90
        CP_conf_15days,2025,102,Beta,North West,70
        CP_conf_15days,2025,103,Gamma,North West,c
        CP_conf_15days,2025,104,Delta,North West,80
        CPPlans2yrs,2025,101,Alpha,North West,9
        CPPlans2yrs,2025,102,Beta,North West,3
        CPPlans2yrs,2025,103,Gamma,North West,6
        CPPlans2yrs,2025,104,Delta,North West,-
        Section_47,2025,101,Alpha,North West,150
        Section_47,2025,102,Beta,North West,250
        Section_47,2025,103,Gamma,North West,200
        Section_47,2025,104,Delta,North West,250
        Section_47,2025,981,North West,NA,210
        """
        let dictionary = """
        Measure_code,Measure_short,Measure,Polarity,dps,Year_Type,Description
        218,CP_conf_15days,ICPCs,High,NA,Financial Year,x
        98,CPPlans2yrs,Plans ended,Low,NA,Financial Year,x
        217,Section_47,s47 rate,-,NA,Financial Year,x
        """
        let lait = try LAITStatistics(long: CSVReader(text: long), dictionary: CSVReader(text: dictionary))
        let b = Benchmarker(statistics: PublishedStatistics(tables: [:]), lait: lait, directory: directory)

        // When / Then: High, the highest is first and best; the suppressed authority is not ranked
        let high = try b.compare(authority: "101", indicator: "icpc_15wd", year: 2025)
        #expect(high.rank == 1 && high.rankedAuthorities == 3 && high.quartile == 1)
        #expect(high.rankText == "1st of 3 authorities, highest first (DfE: higher is better)")
        #expect(high.quartileText == "best quarter")
        // Three ranked: the last has two ahead of it, which puts it in the third quarter.
        #expect(try b.compare(authority: "102", indicator: "icpc_15wd", year: 2025).quartileText == "third quarter")
        #expect(try b.compare(authority: "103", indicator: "icpc_15wd", year: 2025).rank == nil)

        // Low: the lowest is first
        let low = try b.compare(authority: "102", indicator: "cpp_2y_ended", year: 2025)
        #expect(low.rank == 1 && low.rankText == "1st of 3 authorities, lowest first (DfE: lower is better)")
        let lowLast = try b.compare(authority: "101", indicator: "cpp_2y_ended", year: 2025)
        #expect(lowLast.rank == 3 && lowLast.quartile == 3 && lowLast.rankedFrom == "lowest")

        // None ("-"): ordered from the highest, and neither best nor worst; ties share a rank
        let none = try b.compare(authority: "103", indicator: "s47_rate", year: 2025)
        #expect(none.rank == 3 && none.quartile == 3)
        #expect(none.rankText == "3rd highest of 4 authorities (DfE calls neither higher nor lower better)")
        #expect(none.quartileText == "second lowest quarter")
        #expect(try b.compare(authority: "104", indicator: "s47_rate", year: 2025).rank == 1)
        #expect(try b.compare(authority: "102", indicator: "s47_rate", year: 2025).quartileText == "highest quarter")
        #expect(none.region.value == .number(210) && none.england == .notAvailable)
        #expect(none.rankText?.contains("best") == false && none.quartileText?.contains("worst") == false)
    }

    @Test func saysWhyAnUnpublishedIndicatorHasNoComparison() {
        let b = Benchmarker(statistics: PublishedStatistics(tables: [:]), lait: .empty)
        #expect(throws: BenchmarkError.notPublished("adoption_a2")) { try b.compare(authority: "876", indicator: "adoption_a2") }
        #expect(IndicatorCatalogue.standard.definition("adoption_a2")?.noPublishedFigureReason.contains("scorecard") == true)
        // A mapped measure whose file is not loaded says so rather than "not published".
        #expect(throws: BenchmarkError.fileNotLoaded("lait/lait_csc_long.csv (Children_missing)")) {
            try b.compare(authority: "876", indicator: "cla_missing")
        }
    }
}

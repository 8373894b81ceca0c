import Foundation
import Testing
import HearthData
@testable import HearthIndicators

/// Hearth's median of good or outstanding authorities and its top and bottom fifths, checked for
/// three authorities and five indicators against the shipped published files read here with a few
/// lines of the test's own — not Hearth's CSV reader, LAIT reader or benchmarker — so a mistake in
/// either reading shows as a difference.
@Suite struct NationalStandingPublishedTests {
    static let published = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/HearthData/Resources/published").standardized

    /// One line's fields: quoted fields may hold commas (neither file breaks a record over lines).
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        for c in line where c != "\r" {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { out.append(field); field = "" } else { field.append(c) }
        }
        return out + [field]
    }

    static func table(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: published.appendingPathComponent(path), encoding: .utf8)
            .components(separatedBy: .newlines).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let head = fields(lines[0]).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF} ")) }
        return lines.dropFirst().map { Dictionary(zip(head, fields($0)), uniquingKeysWith: { a, _ in a }) }
    }

    static let lait = (try? table("lait/lait_csc_long.csv")) ?? []
    static let judgements = (try? table("ofsted/d2i_ilacs_latest_judgements.csv")) ?? []

    /// Halton (a unitary, inadequate), Southwark (a London borough, good), Suffolk (a county,
    /// requires improvement).
    static let authorities = ["876", "210", "935"]

    /// Indicators whose published figure is a LAIT measure, with DfE's polarity as the data
    /// dictionary gives it (true = higher is better).
    static let indicators: [(id: String, measure: String, higherIsBetter: Bool)] = [
        ("icpc_15wd", "CP_conf_15days", true),
        ("assessments_45wd", "Continue_Assess_Comp", true),
        ("cpp_reviews_timely", "RevCP", true),
        ("cpp_2y_ended", "CPPlans2yrs", false),
        ("cla_distance_20mi", "LACDistance", false),
    ]

    /// The test's own reading: every authority row (LAIT's region column is "NA" for England and
    /// the regions) of the measure's latest year whose value is a number.
    static func values(_ measure: String) -> (year: Int, byCode: [String: Double]) {
        let rows = lait.filter { $0["measure"] == measure }
        let year = rows.compactMap { $0["year"].flatMap { Int($0) } }.max() ?? 0
        var out: [String: Double] = [:]
        for r in rows where r["year"] == String(year) && r["region"] != "NA" && !(r["la_code"] ?? "").isEmpty {
            if let v = Double(r["value"] ?? "") { out[r["la_code"] ?? ""] = v }
        }
        return (year, out)
    }

    static func expectedMedian(_ values: [String: Double]) -> Double? {
        let good = Set(judgements.filter { ["good", "outstanding"].contains($0["overall_effectiveness_grade"]?.lowercased() ?? "") }
            .compactMap { $0["la_code"] })
        let sorted = values.filter { good.contains($0.key) }.map(\.value).sorted()
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// Top fifth: at least as good as the k-th best value, k = ⌊n / 5⌋; bottom: at least as bad
    /// as the k-th worst. (Another way of saying "place ≤ n / 5" with shared places for ties.)
    static func expectedFifth(_ v: Double?, _ values: [String: Double], higherIsBetter: Bool) -> NationalStanding.Fifth? {
        guard let v else { return nil }
        let bestFirst = values.values.sorted(by: higherIsBetter ? (>) : (<))
        let k = bestFirst.count / 5
        guard k >= 1 else { return nil }
        let kthBest = bestFirst[k - 1], kthWorst = bestFirst[bestFirst.count - k]
        let top = higherIsBetter ? v >= kthBest : v <= kthBest
        let bottom = higherIsBetter ? v <= kthWorst : v >= kthWorst
        return top && !bottom ? .top : bottom && !top ? .bottom : nil
    }

    @Test func theFilesAreThere() {
        // The package ships the cut of LAIT Hearth reads (its measures, every area and year).
        #expect(Self.lait.count > 10_000)
        #expect(Self.judgements.count == 153)
    }

    @Test(arguments: indicators)
    func medianAndFifthAgreeWithTheFilesReadIndependently(_ indicator: (id: String, measure: String, higherIsBetter: Bool)) throws {
        // Given Hearth's benchmarker over the shipped LAIT cut and the shipped judgements
        let benchmarker = Benchmarker(statistics: PublishedStatistics(tables: [:]), lait: try LAITStatistics.shipped())
        let judgements = try OfstedLatestJudgements.shipped()
        let source = try #require(benchmarker.source(IndicatorID(indicator.id)))
        guard case .lait(let m) = source else { Issue.record("\(indicator.id) is not read from LAIT"); return }
        #expect(m.measure == indicator.measure)
        #expect(source.polarity == (indicator.higherIsBetter ? .high : .low))
        let (year, values) = Self.values(indicator.measure)
        for la in Self.authorities {
            // When Hearth computes the standing
            let standing = try #require(NationalStanding(authority: la, source: source, benchmarker: benchmarker, judgements: judgements))
            // Then it is the one the files give
            #expect(standing.year == year)
            let median = try #require(Self.expectedMedian(values))
            #expect(abs((standing.goodOrOutstandingMedian ?? -1) - median) < 1e-9, "\(indicator.id) \(la)")
            #expect(standing.rankedAuthorities == values.count)
            let own: Double? = values[la]
            let expected: NationalStanding.Fifth? = Self.expectedFifth(own, values, higherIsBetter: indicator.higherIsBetter)
            let shown = own.map { "\($0)" } ?? "none"
            #expect(standing.fifth == expected, "\(indicator.id) \(la): \(shown)")
        }
    }

    /// The comparison is not vacuous: among these authorities and indicators some are flagged.
    @Test func someOfTheseAuthoritiesAreFlagged() {
        let flags = Self.indicators.flatMap { i in
            Self.authorities.compactMap { la in
                let (_, values) = Self.values(i.measure)
                return Self.expectedFifth(values[la], values, higherIsBetter: i.higherIsBetter)
            }
        }
        #expect(flags.contains(.top) || flags.contains(.bottom))
    }
}

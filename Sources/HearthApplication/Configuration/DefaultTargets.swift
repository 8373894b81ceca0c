import Foundation
import HearthIndicators

/// The targets RAG is judged against: England's figure for the latest published year up to the
/// one asked for, replaced by the authority's own `targets.csv` where it sets one.
public enum DefaultTargets {
    public static func load(_ paths: HearthPaths, year: Int) throws -> TargetSet {
        var national: [IndicatorID: Double] = [:]
        // The year is the latest the referrals file holds: re-referrals stand for the EES files'
        // year, as every default target read from them must be of one year.
        if let stats = try? PublishedLibrary.load(paths), let source = IndicatorCatalogue.standard.definition(IndicatorID("rereferrals_12m"))?.published {
            let benchmarker = Benchmarker(statistics: stats)
            let years = benchmarker.years(source)
            national = benchmarker.nationalValues(year: years.last { $0 <= year } ?? years.last ?? year)
        }
        let defaults = TargetSet.defaults(national: NationalFigures.defaults(published: national), label: "England")
        guard let text = try? String(contentsOf: paths.targetsFile, encoding: .utf8) else { return defaults }
        let local = try TargetSet(csv: text, knownIDs: Set(IndicatorCatalogue.standard.definitions.map(\.id)))
        return defaults.overriding(with: local)
    }
}

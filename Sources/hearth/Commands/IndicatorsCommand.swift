import ArgumentParser
import Foundation
import HearthCore
import HearthData
import HearthIndicators

struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the national indicator set from a folder of returns, or list the children behind one indicator.",
        discussion: """
            Periods: 2024-25 (a reporting year), 2024-25-Q3, 2025-01 (a month), rolling:2025-11-30 (12 months to a date).
            RAG compares with a target: England's published figure unless targets.csv in the data folder says otherwise.
            --children prints child-level data: keep the output inside the authority.
            """)

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Period (default: the reporting year of the returns).") var period: String?
    @Option(help: "One indicator id (see --list).") var id: String?
    @Flag(help: "With --id: list the events and children in the numerator and denominator, and why.") var children = false
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Folder with targets.csv and imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func validate() throws {
        if children && id == nil { throw ValidationError("--children needs --id: the drill-down is of one indicator") }
        if let period, ReportingPeriod(parsing: period) == nil {
            throw ValidationError("period \"\(period)\" not understood: use 2024-25, 2024-25-Q3, 2025-01 or rolling:2025-11-30")
        }
        if let id, IndicatorCatalogue.standard.measure(id) == nil {
            throw ValidationError("no indicator \"\(id)\"; ids: \(IndicatorCatalogue.standard.definitions.map(\.id).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let set = await reading.read()
        for p in set.problems where p.severity == .fatal { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        guard let year = set.dataset.collectionYear ?? period.flatMap({ ReportingPeriod(parsing: $0)?.end.year }) else {
            throw ValidationError("no CIN census or SSDA903 return found in \(reading.directory): nothing to compute")
        }
        let span = period.flatMap { ReportingPeriod(parsing: $0) } ?? .financialYear(year)
        let engine = IndicatorEngine(dataset: set.dataset)
        let paths = HearthPaths(dataDir: dataDir)
        let targets = try loadTargets(paths, year: span.end.month <= 3 ? span.end.year : span.end.year + 1)

        if let id {
            let result = try engine.compute(id, over: span)
            print(IndicatorReport.single(result, definition: engine.catalogue.measure(id)!.definition, targets: targets,
                                         children: children, format: format))
        } else {
            let results = engine.computeAll(over: span)
            print(IndicatorReport.all(results, catalogue: engine.catalogue, targets: targets, format: format,
                                      authority: set.dataset.authorityCode))
        }
    }

    /// England's published figure as the default target, overridden by the authority's targets.csv.
    private func loadTargets(_ paths: HearthPaths, year: Int) throws -> TargetSet {
        let national: [String: Double]
        if let stats = try? PublishedLibrary.load(paths) {
            let b = Benchmarker(statistics: stats)
            // The latest published year up to the period's.
            let years = b.years(PublishedMeasure.forIndicator("rereferrals_12m")!)
            national = b.nationalValues(year: years.last { $0 <= year } ?? years.last ?? year)
        } else {
            national = [:]
        }
        let defaults = TargetSet.defaults(national: NationalFigures.defaults(published: national), label: "England")
        guard let text = try? String(contentsOf: paths.targetsFile, encoding: .utf8) else { return defaults }
        let local = try TargetSet(csv: text, knownIDs: Set(IndicatorCatalogue.standard.definitions.map(\.id)))
        return defaults.overriding(with: local)
    }
}

import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators

struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the national indicator set from a folder of returns, or list the children behind one indicator.",
        discussion: """
            Periods: 2024-25 (a reporting year), 2024-25-Q3, 2025-01 (a month), rolling:2025-11-30 (12 months to a date). RAG compares with a target: England's published figure unless targets.csv in the data folder says otherwise. --children prints child-level data: keep the output inside the authority.
            """)

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Period (default: the reporting year of the returns).") var period: String?
    @Option(help: "One indicator id (see --list).") var id: String?
    @Flag(help: "With --id: list the events and children in the numerator and denominator, and why.") var children = false
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Earlier periods of the same length to show for the direction of travel.") var trend: Int = 2
    @Flag(help: "Suppress counts of 1 to 5 (and what would reveal them) as \"c\", for output that leaves the authority.") var suppress = false
    @Option(help: "Folder of the year before's returns: periods that cross 1 April or look back (re-referrals, second plans) read them, as re-compute reads the year before's submission. Without it, a second CIN census in the folder is used.")
    var earlier: String?
    @Option(help: "Folder with targets.csv and imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func validate() throws {
        if children && id == nil { throw ValidationError("--children needs --id: the drill-down is of one indicator") }
        if children && suppress { throw ValidationError("--children lists child-level records: it cannot be made safe to leave the authority with --suppress") }
        if !(0...12).contains(trend) { throw ValidationError("--trend must be between 0 and 12 periods") }
        if let period, ReportingPeriod(parsing: period) == nil {
            throw ValidationError("period \"\(period)\" not understood: use 2024-25, 2024-25-Q3, 2025-01 or rolling:2025-11-30")
        }
        if let id, IndicatorCatalogue.standard.measure(IndicatorID(id)) == nil {
            throw ValidationError("no indicator \"\(id)\"; ids: \(IndicatorCatalogue.standard.definitions.map(\.id.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let set = await reading.read()
        for p in set.problems where p.severity == .fatal { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        guard let year = set.dataset.collectionYear ?? period.flatMap({ ReportingPeriod(parsing: $0)?.end.year }) else {
            throw ValidationError("no CIN census or SSDA903 return found in \(reading.directory): nothing to compute")
        }
        let span = period.flatMap { ReportingPeriod(parsing: $0) } ?? .financialYear(year)
        // The data the period reads, as re-compute chooses it (`SnapshotPlan`): the year's
        // returns with the year before's carried in when given.
        var before = set.earlier
        if let earlier {
            let earlierSet = await ReturnSetReader().read(directory: URL(fileURLWithPath: earlier, isDirectory: true))
            for p in earlierSet.problems where p.severity == .fatal { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
            before = earlierSet.dataset
        }
        let engine = IndicatorEngine(dataset: set.dataset.dataset(for: span, earlier: before))
        let paths = try HearthPaths.of(dataDir)
        let targets = try DefaultTargets.load(paths, year: span.end.month <= 3 ? span.end.year : span.end.year + 1)

        let earlier = (0..<trend).reversed().map { span.earlier(by: $0 + 1) }
        let options = IndicatorReport.Options(targets: targets, suppress: suppress, earlier: earlier.map(\.label))
        if let id = id.map({ IndicatorID($0) }), let measure = engine.catalogue.measure(id) {
            let result = try engine.compute(id, over: span)
            let history = try earlier.map { try engine.compute(id, over: $0).value }
            print(IndicatorReport.single(result, definition: measure.definition, history: history, options: options,
                                         children: children, format: format))
        } else {
            let results = engine.computeAll(over: span)
            var history: [IndicatorID: [Double?]] = [:]
            for p in earlier {
                for r in engine.computeAll(over: p) { history[r.id, default: []].append(r.value) }
            }
            print(IndicatorReport.all(results, catalogue: engine.catalogue, history: history, options: options, format: format,
                                      authority: set.dataset.authorityCode))
        }
    }
}

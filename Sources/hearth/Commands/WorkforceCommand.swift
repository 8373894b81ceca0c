import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators

struct WorkforceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workforce",
        abstract: "Workforce measures from a folder of returns, beside England, the region and statistical neighbours.",
        discussion: """
            Reads the council's staff and teams CSVs (and recruitment CSV) when present, else the DfE workforce census. Vacancy, agency, turnover, sickness absence and caseload follow DfE's definitions; the uncovered vacancy gap is vacancies + absent FTE − agency FTE. Costs use the rates given (illustrative defaults).
            """)

    @OptionGroup var reading: ReadingOptions
    @Option(help: "As-at date, YYYY-MM-DD (default: the census date, else the latest date in the staff records).") var date: String?
    @OptionGroup var costs: CostRateOptions
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Folder of imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func validate() throws {
        if let date, Day(flexible: date) == nil { throw ValidationError("--date \"\(date)\" is not a date (YYYY-MM-DD)") }
    }

    func run() async throws {
        let set = await reading.read()
        for p in set.problems where p.severity == .fatal { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let stats = try PublishedLibrary.load(HearthPaths.of(dataDir))
        let analysis: WorkforceAnalysis
        do {
            analysis = try WorkforceAnalysis(
                dataset: set.dataset, staffing: set.staffing, authority: reading.la, date: date.flatMap { Day(flexible: $0) },
                rates: costs.rates,
                benchmarker: Benchmarker(statistics: stats))
        } catch {
            throw ValidationError("\(reading.directory): \(error.description)")
        }
        print(WorkforceReportView(analysis).render(format))
    }
}

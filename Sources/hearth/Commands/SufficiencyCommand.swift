import ArgumentParser
import Foundation
import HearthCore
import HearthData
import HearthIndicators

struct SufficiencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sufficiency",
        abstract: "Children looked after by placement type, distance, unregistered provision and cost, from the SSDA903.",
        discussion: """
            Prices each placement open on the date from a cost table: --costs, else placement_costs.csv in the folder, else illustrative national figures. Spend runs from 1 April; the projection carries today's weekly commitments to 31 March.
            """)

    @OptionGroup var reading: ReadingOptions
    @Option(help: "As-at date, YYYY-MM-DD (default: 31 March of the SSDA903 year).") var date: String?
    @Option(help: "Cost table CSV (placement, provider, weekly_cost, note).") var costs: String?
    @Option(help: "Weekly cost at or above which a placement is listed as high-cost, pounds.")
    var highCost: Double = SufficiencyReport.defaultHighCostThreshold
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Flag(help: "List every high-cost and unregistered placement by child (child-level: keep inside the authority).")
    var children = false

    func validate() throws {
        if let date, Day(flexible: date) == nil { throw ValidationError("--date \"\(date)\" is not a date (YYYY-MM-DD)") }
        if highCost <= 0 { throw ValidationError("--high-cost must be more than 0") }
    }

    func run() async throws {
        let set = await reading.read()
        for p in set.problems where p.severity == .fatal { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        guard let ssda903 = set.dataset.ssda903 else {
            throw ValidationError("no SSDA903 return found in \(reading.directory): nothing to measure")
        }
        let folderCosts = URL(fileURLWithPath: reading.directory).appendingPathComponent("placement_costs.csv")
        let costsURL = costs.map { URL(fileURLWithPath: $0) }
            ?? (FileManager.default.fileExists(atPath: folderCosts.path) ? folderCosts : nil)
        var table = PlacementCostTable.illustrative
        var costSource = "illustrative national figures (no placement_costs.csv)"
        if let costsURL {
            let (loaded, problems) = PlacementCostCSVReader.table(url: costsURL)
            for p in problems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
            guard let loaded else { throw ValidationError("\(costsURL.lastPathComponent) cannot be used: see the problems above") }
            table = loaded
            costSource = costsURL.lastPathComponent
        }
        let asAt = date.flatMap { Day(flexible: $0) } ?? ssda903.coverageEnd
        let report = SufficiencyReport(dataset: set.dataset, date: asAt, costs: table, highCostThreshold: highCost)
        let name = set.dataset.authorityCode.flatMap { AuthorityDirectory.shipped[$0]?.name } ?? "Authority"
        print(SufficiencyReportView(report: report, authority: name, costSource: costSource, ownCostTable: costsURL != nil,
                                   children: children).render(format))
    }
}

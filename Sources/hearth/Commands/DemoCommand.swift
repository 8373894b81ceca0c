import ArgumentParser
import Foundation
import HearthCore
import HearthData
import HearthIndicators

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a Halton-like demo authority, read it back and show what it holds and its headline indicators.")

    @Option(help: "Folder for the demo returns.") var out: String = "hearth-demo"
    @Option(help: "Authority to model.") var la: String = "876"
    @Option(help: "Reporting year (31 March it ends on).") var year: Int = 2025

    func run() async throws {
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        if FileManager.default.fileExists(atPath: dir.path) { try FileManager.default.removeItem(at: dir) }
        let generated = try SyntheticReturns.make(la: la, year: year, seed: 7, defectRate: 0.01)
        _ = try ReturnSetWriter().write(generated.dataset, to: dir)
        try Data(DefectReport.csv(generated.defects).utf8).write(to: dir.appendingPathComponent("..").appendingPathComponent("\(dir.lastPathComponent)-defects.csv").standardizedFileURL)
        print("Generated a synthetic \(generated.profileName) for 2024-25 into \(out)/ (every child invented; 1% of records given data-quality defects).")
        print("")

        let started = Date()
        let set = await ReturnSetReader().read(directory: dir)
        print(InspectReport.text(set, DatasetSummary(set.dataset), problemLimit: 12, seconds: Date().timeIntervalSince(started)))
        print("")

        let paths = HearthPaths(dataDir: nil)
        let targets = try DefaultTargets.load(paths, year: year)
        let engine = IndicatorEngine(dataset: set.dataset)
        let span = ReportingPeriod.financialYear(year)
        var history: [String: [Double?]] = [:]
        for r in engine.computeAll(over: span.earlier()) { history[r.id, default: []].append(r.value) }
        let options = IndicatorReport.Options(targets: targets, suppress: false, earlier: [span.earlier().label])
        print(IndicatorReport.all(engine.computeAll(over: span), catalogue: .standard, history: history, options: options,
                                  format: .table, authority: set.dataset.authorityCode))
        print("")
        print("Try: hearth indicators \(out) --id icpc_15wd --children   |   hearth benchmarks --la \(la) --id rereferrals_12m")
    }
}

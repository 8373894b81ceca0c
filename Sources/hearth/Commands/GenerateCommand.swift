import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic authority's returns, shaped by its published DfE figures.",
        discussion: """
            Writes the CIN census (XML), the SSDA903 for the year and the year before (CSV tables), the Annex A lists (a workbook, or --annex-a csv), a workforce census (CSV), the council's staff, teams and recruitment CSVs, and placement_costs.csv. No real child's data is used: every child is invented, with a consistent journey across the returns. Same seed, same bytes.
            """)

    @Option(help: "Authority to model: DfE code (876), ONS code, name, or 'england' for a national-scale year.")
    var la: String = "876"

    @Option(help: "Reporting year by the 31 March it ends on (2025 = 2024-25).")
    var year: Int = 2025

    @Option(help: "Random seed: the same seed gives the same files.")
    var seed: UInt64 = 7

    @Option(help: "Folder to write into (created if needed).")
    var out: String

    @Option(help: "Share of records given a realistic data-quality defect (e.g. 0.01); the list goes to --defects-out.")
    var defectRate: Double = 0

    @Option(help: "Where to write the list of injected defects (default: <out>-defects.csv beside the folder).")
    var defectsOut: String?

    @Option(help: "Annex A as one workbook (.xlsx) or one CSV per list.")
    var annexA: AnnexAFormOption = .workbook

    func validate() throws {
        guard (0...0.5).contains(defectRate) else { throw ValidationError("--defect-rate must be between 0 and 0.5") }
        guard (2014...2030).contains(year) else { throw ValidationError("--year must be a reporting year between 2014 and 2030") }
    }

    func run() async throws {
        let started = Date()
        let generated = try SyntheticReturns.make(la: la, year: year, seed: seed, defectRate: defectRate)
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        let files = try ReturnSetWriter(annexAForm: annexA.form, staffing: generated.staffing,
                                        placementCosts: generated.placementCosts).write(generated.dataset, to: dir)
        print("\(generated.profileName), year ending 31 March \(year), seed \(seed): \(generated.summary)")
        for url in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
            print("  \(url.lastPathComponent)  \(InspectReport.size(size))")
        }
        if defectRate > 0 {
            let path = defectsOut ?? (dir.standardizedFileURL.path + "-defects.csv")
            try Data(DefectReport.csv(generated.defects).utf8).write(to: URL(fileURLWithPath: path))
            print("\(generated.defects.count) defects injected at rate \(defectRate); listed in \(path)")
        }
        print(String(format: "Written to %@ in %.1f s. Next: hearth inspect %@", dir.path, Date().timeIntervalSince(started), out))
    }
}

enum AnnexAFormOption: String, ExpressibleByArgument, CaseIterable {
    case workbook, csv

    var form: ReturnSetWriter.AnnexAForm { self == .csv ? .csv : .workbook }
}

import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators

struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks",
        abstract: "Compare an authority with England, its region and its statistical neighbours, from DfE's published figures.",
        subcommands: [Show.self, Import.self, ListMeasures.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One indicator for one authority (the default).")

        @Option(help: "Authority: DfE code (876), ONS code or name.") var la: String
        @Option(help: "Indicator id (see `hearth benchmarks list`).") var id: String
        @Option(help: "Reporting year by its end (2025 = 2024-25); default the latest published.") var year: Int?
        @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
        @Option(help: "Folder of imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

        func run() throws {
            let stats = try PublishedLibrary.load(HearthPaths.of(dataDir))
            let c = try Benchmarker(statistics: stats).compare(authority: la, indicator: IndicatorID(id), year: year)
            print(BenchmarkReport(c).render(format))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Load a newer DfE release (an Explore Education Statistics CSV) to benchmark against.")

        @Argument(help: "The downloaded CSV.") var file: String
        @Option(help: "Folder of imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

        func run() throws {
            let url = URL(fileURLWithPath: file)
            let table = try PublishedStatistics.read(url: url)
            guard let kind = PublishedFile.recognise(table) else {
                throw ValidationError("\(url.lastPathComponent) is not one of the DfE tables Hearth benchmarks against (its columns: \(table.columns.prefix(12).joined(separator: ", "))…)")
            }
            let paths = try HearthPaths.of(dataDir)
            try FileManager.default.createDirectory(at: paths.publishedDirectory, withIntermediateDirectories: true)
            let target = paths.publishedDirectory.appendingPathComponent(kind.fileName)
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.copyItem(at: url, to: target)
            let years = table.years
            print("Imported \(url.lastPathComponent) as \(kind.fileName): \(table.rows.count) rows, years \(years.first.map(String.init) ?? "?")–\(years.last.map(String.init) ?? "?").")
            print("It replaces the shipped file of that name for `hearth benchmarks` (stored in \(paths.publishedDirectory.path)).")
        }
    }

    struct ListMeasures: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Indicators with a DfE published figure, and where it comes from.")

        func run() {
            var t = TextTable("id", "source", "measure", "DfE polarity")
            for (id, source) in IndicatorCatalogue.standard.publishedSources {
                switch source {
                case .explore(let m): t.add([id.rawValue, m.file.fileName, m.column, m.polarity.rawValue])
                case .lait(let m): t.add([id.rawValue, "LAIT \(m.code)", m.measure, m.polarity.rawValue])
                }
            }
            print(t.render())
        }
    }
}

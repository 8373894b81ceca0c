import ArgumentParser
import Foundation
import HearthApplication

/// `hearth figures`: the figures of record from the store — what the web app, the API and the
/// board pack show — rather than a fresh computation from a folder (`hearth indicators`).
struct FiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "The indicators as the web app, the API and the board pack show them: the latest stored figure of each, its RAG and direction of travel, with DfE's published figure beside it.",
        discussion: "Reads the frozen snapshots of the store (computed on import or re-compute); `hearth indicators FOLDER` computes afresh from files instead.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Authority (DfE code) when the store holds more than one.") var la: String?
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Flag(help: "Show only what may leave the service: counts of 1 to 5, and what they make, as \"c\" (what board members see).") var suppress = false
    @Flag(help: "Re-compute every stored period first (each year, quarter, month and twelve months to each month-end the submissions cover), as the data page's button does; says how long it took on standard error.") var recompute = false
    @Option(help: "Folder with targets.csv and imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func run() async throws {
        let store = try await database.open()
        do {
            let service = try await IndicatorService.open(store: store, authority: la, paths: HearthPaths.of(dataDir))
            if recompute {
                let started = ContinuousClock.now
                let saved = try await service.recompute()
                let took = (ContinuousClock.now - started).components
                let seconds = Double(took.seconds) + Double(took.attoseconds) / 1e18
                FileHandle.standardError.write(Data("Re-computed \(saved) snapshots in \(String(format: "%.2f", seconds)) s\n".utf8))
            }
            let figures = try await service.figures(suppress: suppress)
            print(FiguresReport(figures: figures, authority: await service.authorityName, suppressed: suppress).render(format))
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }
}

import HearthApplication
import HearthReports
import ArgumentParser
import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthServer
import HearthStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a synthetic authority (two years of returns), import it into ./hearth-demo.sqlite, create one user per role and serve the web app.",
        discussion: "Every child in the demo is invented. The users' passwords are printed once; run the demo again for new ones.")

    @Option(help: "Folder for the demo returns.") var out: String = "hearth-demo"
    @Option(help: "Authority to model.") var la: String = "876"
    @Option(help: "The later reporting year (31 March it ends on); the year before is generated too.") var year: Int = 2025
    @Option(help: "SQLite file for the demo (replaced on every run).") var db: String = "hearth-demo.sqlite"
    @Flag(help: "Build the demo and print what it holds, without serving.") var noServe = false
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let root = URL(fileURLWithPath: out, isDirectory: true)
        if FileManager.default.fileExists(atPath: root.path) { try FileManager.default.removeItem(at: root) }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            try FileManager.default.removeItem(atPath: db + suffix)
        }
        // The demo makes its own folders, the database's included.
        let dbFolder = URL(fileURLWithPath: db).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dbFolder, withIntermediateDirectories: true)
        let store = try await StoreFactory.open(.sqliteFile(path: db))
        do {
            try await build(root: root, store: store)
            if !noServe {
                // Flushed at once even into a pipe, so a script driving the demo sees the passwords and the address.
                fflush(nil)
                try await WebServer.run(store: store, authority: la, configuration: server.configuration(), paths: HearthPaths.of(nil),
                                        announce: { print($0); fflush(nil) })
            }
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func build(root: URL, store: SQLStore) async throws {
        let builder = DemoBuilder(root: root, la: la, year: year, rates: server.costs.rates,
                                  settings: try HearthSettings.process())
        let indicators = try await builder.build(into: store, label: "\(out)/ and imported it into \(db)", say: { print($0) })
        // The figures of record: the same snapshots, RAG and direction the web app and the pack show.
        print("")
        print(FiguresReport(figures: try await indicators.figures(suppress: false), authority: await indicators.authorityName,
                            suppressed: false).render(.table))
        print("")
        print("Try: hearth figures --db \(db) --format json   |   hearth indicators \(out)/\(year) --id icpc_15wd --children   |   hearth benchmarks --la \(la) --id rereferrals_12m")
    }
}

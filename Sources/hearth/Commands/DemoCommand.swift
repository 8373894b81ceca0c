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
        discussion: "Every child in the demo is invented. The users' passwords are kept in a file beside the store (hearth-demo-passwords.txt), readable by you only. The demo is kept between runs; --rebuild makes it afresh, with new passwords.")

    @Option(help: "Folder for the demo returns.") var out: String = "hearth-demo"
    @Option(help: "Authority to model.") var la: String = "876"
    @Option(help: "The later full reporting year (31 March it ends on); the year before is generated too. Default: the last full year before today's, with an in-year extract of today's year to the last month-end.") var year: Int?
    @Option(help: "SQLite file for the demo (kept between runs; see --rebuild).") var db: String = "hearth-demo.sqlite"
    @Flag(help: "Build the demo afresh (new returns, store and passwords) even if one was built before.") var rebuild = false
    @Flag(help: "Build the demo and print what it holds, without serving.") var noServe = false
    @OptionGroup var server: ServerOptions

    /// The passwords' file: beside the store, named after it (`hearth-demo-passwords.txt`).
    var passwordsFile: URL {
        let store = URL(fileURLWithPath: db)
        return store.deletingLastPathComponent()
            .appendingPathComponent(store.deletingPathExtension().lastPathComponent + "-passwords.txt")
    }

    func run() async throws {
        let root = URL(fileURLWithPath: out, isDirectory: true)
        let fm = FileManager.default
        let reuse = !rebuild && fm.fileExists(atPath: db) && fm.fileExists(atPath: passwordsFile.path)
        if !reuse {
            if fm.fileExists(atPath: root.path) { try fm.removeItem(at: root) }
            for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: db + suffix) { try fm.removeItem(atPath: db + suffix) }
        }
        // The demo makes its own folders, the database's included.
        try fm.createDirectory(at: URL(fileURLWithPath: db).deletingLastPathComponent(), withIntermediateDirectories: true)
        let store = try await StoreFactory.open(.sqliteFile(path: db))
        do {
            if reuse {
                print("Using the demo built earlier in \(db) (its returns in \(out)/). To start again from fresh returns: swift run hearth demo --rebuild")
            } else {
                try await build(root: root, store: store)
            }
            if !noServe {
                let configuration = try server.configuration()
                print(welcome(configuration))
                // Flushed at once even into a pipe, so a script driving the demo sees the address.
                fflush(nil)
                try await WebServer.run(store: store, authority: la, configuration: configuration, paths: HearthPaths.of(nil),
                                        announce: { print($0); fflush(nil) })
            }
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func build(root: URL, store: SQLStore) async throws {
        let years = SyntheticReturns.demoYears(today: ProgrammeClock.live.today())
        // A year given runs to its 31 March; the extract follows it only when it is the year before today's.
        let full = year ?? years.year
        let builder = DemoBuilder(root: root, la: la, year: full, extractTo: full == years.year ? years.extractTo : nil,
                                  rates: server.costs.rates,
                                  settings: try HearthSettings.process())
        let indicators = try await builder.build(into: store, label: "\(out)/ and imported it into \(db)", passwordsFile: passwordsFile,
                                                 say: { print($0) })
        guard noServe else { return }
        // The figures of record: the same snapshots, RAG and direction the web app and the pack show.
        print("")
        print(FiguresReport(figures: try await indicators.figures(suppress: false), authority: await indicators.authorityName,
                            suppressed: false).render(.table))
        print("")
        print("Try: swift run hearth figures --db \(db) --format json   |   swift run hearth indicators \(out)/\(full) --earlier \(out)/\(full - 1) --id icpc_15wd --children")
    }

    /// What a newcomer needs, last before the server starts: where to go and how to sign in.
    private func welcome(_ configuration: ServerConfiguration) -> String {
        let host = configuration.host == "0.0.0.0" ? "localhost" : configuration.host
        return """

        Hearth demo: a synthetic authority (every child invented), kept in \(db).
          1. Open http://\(host):\(configuration.port)/
          2. Sign in as admin (sees everything), analyst, manager, secretary, board (what a councillor sees) or viewer.
          3. The passwords are in \(passwordsFile.path) (readable by you only).
          Start again from fresh returns and new passwords: swift run hearth demo --rebuild
        """
    }
}

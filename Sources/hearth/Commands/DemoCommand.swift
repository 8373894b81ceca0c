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
                try await WebServer.run(store: store, authority: la, configuration: server.configuration(), paths: HearthPaths(dataDir: nil),
                                        announce: { print($0); fflush(nil) })
            }
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func build(root: URL, store: SQLStore) async throws {
        let importer = ReturnImporter(store: store)
        var profileName = ""
        for y in [year - 1, year] {
            let dir = root.appendingPathComponent(String(y), isDirectory: true)
            let generated = try SyntheticReturns.make(la: la, year: y, seed: UInt64(y), defectRate: 0.01)
            profileName = generated.profileName
            // The staff records and cost table go beside the returns, as `hearth generate` writes them,
            // so the demo's store holds them too.
            _ = try ReturnSetWriter(staffing: generated.staffing, placementCosts: generated.placementCosts)
                .write(generated.dataset, to: dir)
            try Data(DefectReport.csv(generated.defects).utf8).write(to: root.appendingPathComponent("\(y)-defects.csv"))
            let started = Date()
            let result = try await importer.importFolder(dir, by: "demo", authority: la)
            print("\(ReportingPeriod.financialYear(y).label): \(generated.summary)")
            print("  \(result.outcome) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(result.returnSet.problems.count) data-quality problems found)")
        }
        print("Generated a synthetic \(profileName) into \(out)/ and imported it into \(db) (every child invented; 1% of records given data-quality defects).")

        let hasher = PasswordHasher()
        print("")
        print("Users (passwords shown once):")
        for role in UserRole.allCases {
            let password = DemoPassword.make()
            _ = try await store.createUser(NewUser(name: role.rawValue, role: role, passwordHash: try await hasher.hash(password)))
            print("  \(role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) password: \(password)")
        }

        let indicators = try await WebServer.indicatorService(store: store, authority: la, paths: HearthPaths(dataDir: nil))
        let service = ProgrammeService(store: store, indicators: indicators)
        try await store.saveProgramme(DemoProgramme.make(authority: la, today: service.today))
        let programme = try await service.status()
        for settings in DemoPackTexts.settings(programme.programme) { try await store.savePackSettings(settings, authority: la) }
        for text in DemoPackTexts.make(programme.programme, today: programme.today) { try await store.savePackText(text, authority: la) }
        let rag = programme.counts()
        print("")
        print("Improvement programme (the inspections are Ofsted's; findings, notice, plan and meetings are invented for the demo):")
        print("  \(programme.programme.inspections.count) inspections and visits; \(programme.programme.interventions.count) DfE interventions")
        if let plan = programme.plan {
            print("  \(plan.title), version \(plan.version): \(plan.priorities.count) priorities, \(plan.actions.count) actions — "
                  + [ActionRAG.red, .amber, .green, .complete].map { "\(rag[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        }
        print("  \(programme.programme.boards.count) boards, \(programme.programme.meetings.count) meetings; "
              + "\(programme.schedule.overdue(today: programme.today).count) actions arising overdue")
        try await writePack(programme, service: service, indicators: indicators, store: store, into: root.appendingPathComponent("packs"))
        // The figures of record: the same snapshots, RAG and direction the web app and the pack show.
        print("")
        print(FiguresReport(figures: try await indicators.figures(suppress: false), authority: await indicators.authorityName,
                            suppressed: false).render(.table))
        print("")
        print("Try: hearth figures --db \(db) --format json   |   hearth indicators \(out)/\(year) --id icpc_15wd --children   |   hearth benchmarks --la \(la) --id rereferrals_12m")
    }
}

extension DemoCommand {
    /// The improvement board's next pack, in every format this machine can write, so the demo
    /// shows what a board receives without a browser.
    func writePack(_ status: ProgrammeStatus, service: ProgrammeService, indicators: IndicatorService, store: any Store, into dir: URL) async throws {
        guard let board = status.programme.boards.first(where: { $0.kind == .improvement }),
              let meeting = status.programme.nextMeeting(of: board.id, onOrAfter: status.today) else { return }
        let packs = BoardPackService(store: store, programme: service, indicators: indicators, rates: server.costs.rates)
        let pack = try await packs.pack(meeting: meeting.id)
        let written = try await packs.write(pack, meeting: meeting, formats: BoardPackService.Format.allCases, into: dir).map { entry in
            switch entry.outcome {
            case .success(let url): url.path
            case .failure(let error): "(no \(entry.format.rawValue.uppercased()): \(error.description))"
            }
        }
        print("  Board pack for \(board.name), \(meeting.date.iso): " + written.joined(separator: ", "))
    }
}

/// Demo passwords: 16 characters without look-alikes (no 0/O, 1/l/I).
enum DemoPassword {
    static func make() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }
}

import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// Builds the demo authority into a store: two years of generated returns (1% of records given
/// data-quality defects) and an in-year extract of the year after, written to a folder and imported, one user per role, the improvement
/// programme, the board pack texts, and the improvement board's next pack. What `hearth demo`
/// does before it serves; it says each step through `say`, so the CLI decides where it goes.
public struct DemoBuilder: Sendable {
    public let root: URL
    public let la: String
    /// The later full reporting year (31 March it ends on); the year before is generated too.
    public let year: Int
    /// The day the in-year extract of the year after runs to (nil: none).
    public let extractTo: Day?
    public let rates: WorkforceCostRates
    public let settings: HearthSettings

    public init(root: URL, la: String, year: Int, extractTo: Day? = nil, rates: WorkforceCostRates, settings: HearthSettings) {
        self.root = root
        self.la = la
        self.year = year
        self.extractTo = extractTo.flatMap { ReportingPeriod.financialYear(year + 1).contains($0) ? $0 : nil }
        self.rates = rates
        self.settings = settings
    }

    /// Returns the authority's indicators, for the figures the caller prints. The users'
    /// passwords go to `passwordsFile`, readable by its owner only, so they can be found again
    /// (never to the screen or a log).
    public func build(into store: any Store, label: String, passwordsFile: URL, say: (String) -> Void) async throws -> IndicatorService {
        let importer = ReturnImporter(store: store)
        var profileName = ""
        let years = [year - 1, year] + (extractTo == nil ? [] : [year + 1])
        // The years' CIN censuses and SSDA903 returns are one world, so twelve months that cross
        // 1 April join them as they would a council's own returns.
        let world = try SyntheticReturns.consecutive(la: la, through: years.last ?? year, count: years.count,
                                                     seed: UInt64(years.last ?? year))
        for y in years {
            let dir = root.appendingPathComponent(String(y), isDirectory: true)
            var generated = try SyntheticReturns.make(la: la, year: y, seed: UInt64(y), defectRate: 0.01, returns: world[y])
            if y == year + 1, let extractTo { generated = generated.extract(to: extractTo) }
            profileName = generated.profileName
            // The staff records and cost table go beside the returns, as `hearth generate` writes them,
            // so the demo's store holds them too.
            _ = try ReturnSetWriter(staffing: generated.staffing, placementCosts: generated.placementCosts)
                .write(generated.dataset, to: dir)
            try Data(DefectReport.csv(generated.defects).utf8).write(to: root.appendingPathComponent("\(y)-defects.csv"))
            let started = Date()
            let result = try await importer.importFolder(dir, by: "demo", authority: la)
            say("\(ReportingPeriod.financialYear(y).label)\(y == year + 1 ? " to \(extractTo?.uk ?? "")" : ""): \(generated.summary)")
            say("  \(result.outcome) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(result.returnSet.problems.count) data-quality problems found)")
        }
        say("Generated a synthetic \(profileName) into \(label) (every child invented; 1% of records given data-quality defects).")

        let hasher = PasswordHasher()
        var lines = ["# Hearth demo users: one per role, made for the demo only (every child in it is invented).",
                     "# Sign in with a name and its password at the address `hearth demo` prints.", ""]
        for role in UserRole.allCases {
            let password = DemoPassword.make()
            _ = try await store.createUser(NewUser(name: role.rawValue, role: role, passwordHash: try await hasher.hash(password)))
            lines.append("\(role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(password)")
        }
        try Self.writePrivately(lines.joined(separator: "\n") + "\n", to: passwordsFile)
        say("Users: one per role; their passwords are in \(passwordsFile.path) (readable by you only).")

        let indicators = try await IndicatorService.open(store: store, authority: la, paths: HearthPaths(dataDir: nil, settings: settings))
        let service = ProgrammeService(store: store, indicators: indicators)
        try await store.saveProgramme(DemoProgramme.make(authority: la, today: service.today))
        let programme = try await service.status()
        for settings in DemoPackTexts.settings(programme.programme) { try await store.savePackSettings(settings, authority: la) }
        for text in DemoPackTexts.make(programme.programme, today: programme.today) { try await store.savePackText(text, authority: la) }
        let rag = programme.counts()
        say("")
        try await DemoLocalMeasures.make(store: store, indicators: indicators, today: programme.today, say: say)
        say("Improvement programme (the inspections are Ofsted's; findings, notice, plan and meetings are invented for the demo):")
        say("  \(programme.programme.inspections.count) inspections and visits; \(programme.programme.interventions.count) DfE interventions")
        if let plan = programme.plan {
            say("  \(plan.title), version \(plan.version): \(plan.priorities.count) priorities, \(plan.actions.count) actions — "
                + [ActionRAG.red, .amber, .green, .complete].map { "\(rag[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        }
        say("  \(programme.programme.boards.count) boards, \(programme.programme.meetings.count) meetings; "
            + "\(programme.schedule.overdue(today: programme.today).count) actions arising overdue")
        if let line = try await writePack(programme, service: service, indicators: indicators, store: store,
                                          into: root.appendingPathComponent("packs")) {
            say(line)
        }
        return indicators
    }

    /// Writes `text` to a file only its owner can read or write, created with that mode (never
    /// readable by others, even for a moment).
    static func writePrivately(_ text: String, to url: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path]) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// The improvement board's next pack, in every format this machine can write, so the demo
    /// shows what a board receives without a browser. Returns the line saying where it went.
    private func writePack(_ status: ProgrammeStatus, service: ProgrammeService, indicators: IndicatorService,
                           store: any Store, into dir: URL) async throws -> String? {
        guard let board = status.programme.boards.first(where: { $0.kind == .improvement }),
              let meeting = status.programme.nextMeeting(of: board.id, onOrAfter: status.today) else { return nil }
        let packs = BoardPackService(store: store, programme: service, indicators: indicators, rates: rates,
                                     printer: ChromiumPrinter.find(configured: settings.chromium))
        let pack = try await packs.pack(meeting: meeting.id)
        let written = try await packs.write(pack, meeting: meeting, formats: BoardPackService.Format.allCases, into: dir).map { entry in
            switch entry.outcome {
            case .success(let url): url.path
            case .failure(let error): "(no \(entry.format.rawValue.uppercased()): \(error.description))"
            }
        }
        return "  Board pack for \(board.name), \(meeting.date.iso): " + written.joined(separator: ", ")
    }
}

/// Demo passwords: 16 characters without look-alikes (no 0/O, 1/l/I).
public enum DemoPassword {
    public static func make() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }
}

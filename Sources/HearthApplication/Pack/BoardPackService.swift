import Foundation
import HearthCore
import HearthIndicators
import HearthReports
import HearthStore
import Logging

/// Writes a meeting's board pack from the store: the programme, the frozen indicator snapshots,
/// the workforce and the placements. The web app's pack pages and `hearth report board` both go
/// through here, so they produce the same pack.
public struct BoardPackService: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, pdf, docx

        public var contentType: String {
            switch self {
            case .html: "text/html; charset=utf-8"
            case .pdf: "application/pdf"
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    public enum PackError: Error, CustomStringConvertible {
        case noSuchBoard(String)
        case noSuchMeeting(board: String, date: String, held: [Day])
        case noSuchMeetingID(String)

        public var description: String {
            switch self {
            case .noSuchBoard(let b): "There is no board \"\(b)\". `hearth report board --list` lists the boards and their meetings."
            case .noSuchMeeting(let b, let d, let held):
                "\(b) has no meeting on \(d)." + (held.isEmpty ? " It has no meetings yet." : " Its meetings: " + held.suffix(8).map(\.iso).joined(separator: ", ") + ".")
            case .noSuchMeetingID(let id): "There is no meeting \"\(id)\"."
            }
        }
    }

    let store: any Store
    public let programme: ProgrammeService
    public let indicators: IndicatorService
    public let workforce: WorkforceService
    /// Chromium, when the machine has it: PDF needs it.
    public let printer: ChromiumPrinter?
    private let pdfs = PDFCache()
    /// Prints wait here for one of the server's few Chromium places.
    public let prints: PrintQueue

    public init(store: any Store, programme: ProgrammeService, indicators: IndicatorService, rates: WorkforceCostRates = .illustrative,
                printer: ChromiumPrinter?, printsAtOnce: Int = 2) {
        self.store = store
        self.printer = printer
        self.prints = PrintQueue(width: printsAtOnce)
        self.programme = programme
        self.indicators = indicators
        self.workforce = WorkforceService(store: store, indicators: indicators, rates: rates)
    }

    public var authority: String { indicators.authority }

    /// The board's settings, or the defaults for its kind until someone sets them.
    public func settings(for board: Board) async throws -> PackSettings {
        try await store.packSettings(board: board.id, authority: authority) ?? .defaults(for: board)
    }

    public func text(meeting: String) async throws -> MeetingPackText {
        try await store.packText(meeting: meeting, authority: authority)
    }

    /// The meeting a board holds on `date` (ISO), for the command line.
    public func meeting(board boardID: String, date: String) async throws -> Meeting {
        let p = try await programme.programme()
        guard let board = p.boards.first(where: { $0.id == boardID || $0.name.caseInsensitiveCompare(boardID) == .orderedSame }) else {
            throw PackError.noSuchBoard(boardID)
        }
        let own = p.meetings.filter { $0.boardID == board.id }
        guard let meeting = own.first(where: { $0.date.iso == date }) else {
            throw PackError.noSuchMeeting(board: board.name, date: date, held: own.map(\.date))
        }
        return meeting
    }

    /// The pack of one meeting.
    public func pack(meeting id: String) async throws -> BoardPack {
        BoardPackBuilder(inputs: try await inputs(meeting: id)).build()
    }

    /// What the pack of one meeting is written from.
    public func inputs(meeting id: String) async throws -> BoardPackInputs {
        let status = try await programme.status()
        guard let meeting = status.programme.meetings.first(where: { $0.id == id }),
              let board = status.programme.boards.first(where: { $0.id == meeting.boardID }) else {
            throw PackError.noSuchMeetingID(id)
        }
        let sufficiency = try await workforce.sufficiency()
        var inputs = BoardPackInputs(
            authorityName: await indicators.authorityName, status: status, board: board, meeting: meeting,
            settings: try await settings(for: board), text: try await text(meeting: meeting.id),
            // The pack goes to the board: a local measure kept from boards is not in it.
            summaries: try await indicators.summaries(for: .aggregate), workforce: try await workforce.analysis(),
            sufficiency: sufficiency?.report, ownCosts: sufficiency?.ownCosts ?? false,
            submissions: try await store.submissions(authority: authority),
            education: AuthorityDirectory.shipped[authority].flatMap { la in
                indicators.benchmarker.flatMap { SchoolAbsence(statistics: $0.statistics, authority: la) }
            })
        // Each indicator's twelve months to every month-end, for the run charts; and from them the
        // figures that stood at the board's previous meeting: the twelve months to the last
        // month-end before it, as stored (`IndicatorService.figure(_:asAt:)` reads the same).
        inputs.targets = indicators.targets
        let asAt = inputs.previousMeeting.map(SinceLastMeeting.asAt)
        for s in inputs.summaries {
            let run = try await indicators.series(s.definition.id, step: .rolling).filter { $0.period.end <= inputs.meeting.date }
            inputs.runs[s.definition.id] = run
            guard let asAt, let then = run.last(where: { $0.period.end <= asAt && $0.value != nil }) else { continue }
            inputs.earlierFigures[s.definition.id] = .init(snapshot: then, rag: indicators.targets.status(of: then.value, for: s.definition))
        }
        return inputs
    }

    /// The pack in one format. PDF needs Chromium on the machine (`ChromiumPrinter.PrintError.notInstalled` otherwise).
    public func render(_ pack: BoardPack, as format: Format, stylesheet: BoardPackHTML.Stylesheet = .inline,
                       back: (href: String, label: String)? = nil) async throws -> Data {
        let started = ContinuousClock.now
        let data = try await written(pack, as: format, stylesheet: stylesheet, back: back)
        Self.logger.debug("board pack written", metadata: ["format": "\(format.rawValue)", "bytes": "\(data.count)",
                                                         "took": "\(ContinuousClock.now - started)"])
        return data
    }

    static let logger = Logger(label: "hearth.pack")

    private func written(_ pack: BoardPack, as format: Format, stylesheet: BoardPackHTML.Stylesheet,
                         back: (href: String, label: String)?) async throws -> Data {
        switch format {
        case .html:
            return Data(BoardPackHTML.document(pack, stylesheet: stylesheet, back: back).utf8)
        case .pdf:
            guard let printer else { throw ChromiumPrinter.PrintError.notInstalled }
            let queue = prints
            return try await pdfs.pdf(for: BoardPackHTML.document(pack, stylesheet: .inline)) { html in
                try await queue.run { try await printer.pdf(html: html) }
            }
        case .docx:
            return try BoardPackDOCX.data(pack)
        }
    }

    /// Writes the pack into `dir` in each format, one file per format. A format this machine
    /// cannot print (PDF without Chromium) is reported in its place; the others are still written.
    public func write(_ pack: BoardPack, meeting: Meeting, formats: [Format], into dir: URL) async throws
        -> [(format: Format, outcome: Result<URL, ChromiumPrinter.PrintError>)] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var out: [(format: Format, outcome: Result<URL, ChromiumPrinter.PrintError>)] = []
        for format in formats {
            let url = dir.appendingPathComponent(Self.fileName(pack, meeting: meeting, format: format))
            do {
                try await render(pack, as: format).write(to: url, options: .atomic)
                out.append((format, .success(url)))
            } catch let error as ChromiumPrinter.PrintError {
                out.append((format, .failure(error)))
            }
        }
        return out
    }

    /// A file name that says what the pack is, with no child's data in it: board and date.
    public static func fileName(_ pack: BoardPack, meeting: Meeting, format: Format) -> String {
        "\(meeting.boardID)-\(meeting.date.iso)-board-pack.\(format.rawValue)"
    }

    public func storedSettings(board: String) async throws -> PackSettings? {
        try await store.packSettings(board: board, authority: authority)
    }

    public func saveSettings(_ settings: PackSettings, by user: String) async throws {
        try await store.savePackSettings(settings, authority: authority)
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: "save board pack settings", subject: settings.boardID))
    }

    public func saveText(_ text: MeetingPackText, by user: String) async throws {
        try await store.savePackText(text, authority: authority)
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: "save board pack text", subject: text.meetingID))
    }

    public func audit(_ user: String, _ what: String, meeting: Meeting) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: what, subject: "board pack \(meeting.id)"))
    }
}

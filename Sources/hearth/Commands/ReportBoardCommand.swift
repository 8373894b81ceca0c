import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthReports

struct ReportBoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "A meeting's board pack as HTML, PDF and Word, from the store.",
        discussion: """
            The pack follows the board's chosen sections and cover (set on the board's page in the web app) and \
            carries the commentary and implications written for the meeting. Figures are the frozen indicator \
            snapshots; counts of 1 to 5 children are shown as "c" and no child is identified. PDF needs Chromium \
            (or HEARTH_CHROMIUM); without it the HTML and Word files are still written.
            """)

    @OptionGroup var options: ProgrammeOptions
    @OptionGroup var costs: CostRateOptions
    @Option(help: "The board: its id or its name (see --list).") var board: String?
    @Option(help: "Date of the meeting, YYYY-MM-DD.") var meeting: String?
    @Option(help: "Folder to write the pack into.") var out: String = "."
    @Option(parsing: .upToNextOption, help: "Formats: html, pdf, docx (default: all three).") var format: [String] = ["html", "pdf", "docx"]
    @Flag(help: "List the boards and their meetings, and write nothing.") var list = false

    func validate() throws {
        for f in format where BoardPackService.Format(rawValue: f) == nil {
            throw ValidationError("--format \(f): choose html, pdf or docx")
        }
        if !list && (board == nil || meeting == nil) { throw ValidationError("give --board and --meeting (or --list)") }
    }

    func run() async throws {
        try await options.withPacks(rates: costs.rates) { packs, programme in
            if list {
                let p = try await programme.programme()
                for b in p.boards {
                    let dates = p.meetings.filter { $0.boardID == b.id }.map(\.date.iso)
                    print("\(b.id)\t\(b.name)\t\(dates.suffix(6).joined(separator: " "))")
                }
                return
            }
            guard let board, let meeting else { return }
            let m = try await packs.meeting(board: board, date: meeting)
            let pack = try await packs.pack(meeting: m.id)
            let formats = format.compactMap(BoardPackService.Format.init(rawValue:))
            var failures = 0
            for (f, outcome) in try await packs.write(pack, meeting: m, formats: formats, into: URL(fileURLWithPath: out, isDirectory: true)) {
                switch outcome {
                case .success(let url):
                    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                    print("wrote \(url.path) (\(size / 1024) KB)")
                case .failure(let error):
                    failures += 1
                    FileHandle.standardError.write(Data("\(f.rawValue): \(error.description)\n".utf8))
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}

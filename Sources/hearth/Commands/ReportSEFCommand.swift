import ArgumentParser
import Foundation
import HearthApplication
import HearthIndicators
import HearthReports

struct ReportSEFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sef",
        abstract: "The self-evaluation (Ofsted's annual engagement meeting) as Word, PDF, HTML or Markdown, from the store.",
        discussion: """
            Four sections, one per ILACS judgement area, each with the area's figures beside the statistical \
            neighbours, England and the median of the authorities judged good or outstanding, the top and bottom \
            fifths, the plan's actions, and the answers to the three questions written in the web app. By default \
            the latest saved version; --issued takes the latest issued one, exactly as it went out (Markdown is \
            written afresh from its words). Counts of 1 to 5 children are shown as "c". PDF needs Chromium \
            (or HEARTH_CHROMIUM).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx, pdf, html, md
    }

    @OptionGroup var options: ProgrammeOptions
    @OptionGroup var costs: CostRateOptions
    @Option(help: "docx, pdf, html or md.") var format: Format = .docx
    @Option(help: "File to write.") var output: String
    @Option(name: .customLong("sef-version"), help: "The version to write (default: the latest saved).") var sefVersion: Int?
    @Flag(help: "The latest issued version, as it went out.") var issued = false

    func validate() throws {
        if issued && sefVersion != nil { throw ValidationError("give --sef-version or --issued, not both") }
    }

    func run() async throws {
        try await options.withSelfEvaluation(rates: costs.rates) { sef in
            // The file can leave the authority: it is written as the board reads it.
            let versions = try await sef.versions(for: issued ? .aggregate : .exact)
            let chosen = sefVersion.map { n in versions.first { $0.version == n } } ?? versions.last
            if sefVersion != nil && chosen == nil { throw ValidationError("there is no version \(sefVersion ?? 0) of the self-evaluation") }
            if issued && chosen == nil { throw ValidationError("no version of the self-evaluation has been issued yet") }
            let data: Data
            switch format {
            case .md:
                data = Data(BoardPackMarkdown.document(try await sef.document(chosen, disclosure: .aggregate)).utf8)
            case .docx, .pdf, .html:
                let f = BoardPackService.Format(rawValue: format.rawValue) ?? .docx
                if let chosen, chosen.isIssued {
                    data = try await sef.file(chosen.version, format: f, disclosure: .aggregate, user: "hearth report sef")
                } else {
                    do {
                        data = try await sef.packs.render(try await sef.document(chosen, disclosure: .aggregate), as: f)
                    } catch let error as ChromiumPrinter.PrintError {
                        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                        throw ExitCode(1)
                    }
                }
            }
            let url = URL(fileURLWithPath: output)
            try data.write(to: url, options: .atomic)
            print("wrote \(url.path) (\(data.count / 1024) KB): " + SelfEvaluationService.line(chosen))
        }
    }
}

import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData

struct MeasuresImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store a CSV of a measure's values (the layout of `hearth measures template`), as the web app's upload does; audited.",
        discussion: "Columns period and value, optionally numerator, denominator and note. A period that has a value already gets this one; the earlier stays in the history. If any row is wrong nothing is stored: each problem is printed with its line and column on standard error, and the exit status is 1.")

    @Argument(help: "The measure's id (`hearth measures list`).") var measureID: String
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "Who is importing it, for the audit log.") var by: String = NSUserName()
    @OptionGroup var options: MeasureStoreOptions

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
        let name = URL(fileURLWithPath: file).lastPathComponent
        let (m, result) = try await options.withServices { measures, _, _ in
            let m = try await MeasureCLI.measure(measureID, measures)
            return (m, try await measures.upload(m.id, bytes: [UInt8](data), fileName: name, by: by))
        }
        guard !result.stored.isEmpty else {
            // Each problem where a user finds it in a spreadsheet, as the web app lists them: "Line 3, column period".
            let lines = ["Nothing was stored from \(name): correct these rows and import the file again."]
                + result.problems.map(Self.line)
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
        for p in result.problems { FileHandle.standardError.write(Data(("Warning: " + Self.line(p) + "\n").utf8)) }
        print("Stored \(result.stored.count) value\(result.stored.count == 1 ? "" : "s") for \(m.id) from \(name).")
    }

    static func line(_ p: DataProblem) -> String {
        let place = [p.line.map { "Line \($0)" }, p.field.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return (place.isEmpty ? "" : place + ": ") + p.message
    }
}

struct MeasuresTemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a measure's CSV template to standard output: the headings, then the periods of about the last year that have ended, values blank (the web app's template download).")

    @Argument(help: "The measure's id (`hearth measures list`).") var measureID: String
    @OptionGroup var options: MeasureStoreOptions

    func run() async throws {
        let template = try await options.withServices { measures, _, indicators in
            LocalMeasureCSVReader.template(try await MeasureCLI.measure(measureID, measures), today: indicators.clock.today())
        }
        print(template, terminator: "")
    }
}

import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthData

/// The options every command that reads a folder of returns shares.
struct ReadingOptions: ParsableArguments {
    @Argument(help: "Folder of return files (SSDA903 CSV/XML, CIN census XML, Annex A CSV/xlsx, workforce CSV). File names do not matter.")
    var directory: String

    @Option(help: "DfE code of the authority when the returns do not say (the CIN census header does).")
    var la: String?

    @Option(name: .customLong("ssda903-year"), help: "Treat this SSDA903 year (the 31 March it ends on) as the current one.")
    var ssda903Year: Int?

    @Option(name: .customLong("data-to"), help: "For an in-year extract: the last day it covers (YYYY-MM-DD). A CIN census says it in its header; an SSDA903 for a year not yet ended is otherwise read to its latest recorded day.")
    var dataTo: String?

    @Option(help: "Refuse return files larger than this many megabytes.")
    var maxFileSize: Int = 1024

    func validate() throws {
        if let dataTo, Day(iso: dataTo) == nil {
            throw ValidationError("--data-to \"\(dataTo)\" is not a date: give it as YYYY-MM-DD, such as 2025-09-30")
        }
    }

    func read() async -> ReturnSet {
        await ReturnSetReader(options: readerOptions).read(directory: URL(fileURLWithPath: directory, isDirectory: true))
    }

    /// The set and the files it was read from, for commands that keep the files (import).
    func readKeepingFiles() async -> (ReturnSet, [URL]) {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let files = ReturnImporter.files(in: folder)
        // An empty or missing folder is read as a folder so the reader reports it.
        if files.isEmpty { return (await ReturnSetReader(options: readerOptions).read(directory: folder), []) }
        return (await ReturnSetReader(options: readerOptions).read(files: files), files)
    }

    private var readerOptions: ReturnSetReader.Options {
        var options = ReturnSetReader.Options()
        options.authorityCode = la.flatMap { AuthorityDirectory.shipped.find($0)?.code } ?? la
        options.ssda903Year = ssda903Year
        options.dataTo = dataTo.flatMap { Day(iso: $0) }
        options.maxFileBytes = Int64(maxFileSize) * 1_048_576
        return options
    }
}

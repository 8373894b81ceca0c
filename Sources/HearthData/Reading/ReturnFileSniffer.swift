import Foundation
import HearthCore

/// Decides what a file is from its first bytes: never from its name, which councils' systems
/// and people change freely.
public enum ReturnFileSniffer {
    public enum Verdict: Sendable, Equatable {
        case kind(ReturnFileKind)
        /// The file cannot be used; the problem says why (fatal).
        case rejected(DataProblem)
        /// Not a return Hearth reads; left aside with a warning.
        case ignored(DataProblem)
    }

    /// How much of the file is looked at: enough for any heading row or XML header.
    static let prefixBytes = 64 * 1024

    public static func classify(_ url: URL, maxBytes: Int64) -> Verdict {
        let name = url.lastPathComponent
        // Looked at before opening: opening a named pipe would wait for a writer for ever.
        let entry = FileEntry(path: url.path)
        if !entry.isReadable {
            return .rejected(DataProblem(.fatal, file: name, message: "not read: \(entry.skipReason ?? "a folder, not a file")"))
        }
        let size = entry.size
        if size == 0 {
            return .rejected(DataProblem(.fatal, file: name, message: "empty file (0 bytes)"))
        }
        if size > maxBytes {
            return .rejected(DataProblem(.fatal, file: name, message:
                "file is \(ByteCountFormatter.string(fromByteCount: size, countStyle: .file)), over the \(ByteCountFormatter.string(fromByteCount: maxBytes, countStyle: .file)) limit for one return file "
                + "(a national SSDA903 Episodes table is about 30 MB): check it is the right file, or raise the limit with --max-file-size"))
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            return .rejected(DataProblem(.fatal, file: name, message: "could not be opened for reading"))
        }
        defer { try? handle.close() }
        let prefix = [UInt8]((try? handle.read(upToCount: prefixBytes)) ?? Data())
        return classify(prefix: prefix, name: name)
    }

    public static func classify(prefix: [UInt8], name: String) -> Verdict {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .kind(.annexAWorkbook) }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            return .rejected(DataProblem(.fatal, file: name, line: 1, message:
                "the file is UTF-16 text: save it as CSV UTF-8 (Excel: Save As → CSV UTF-8) and try again"))
        }
        if prefix.contains(0) {
            return .rejected(DataProblem(.fatal, file: name, message: "binary data (a NUL byte): not a CSV or XML return"))
        }
        var body = prefix[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if first == UInt8(ascii: "<") {
            if CINCensusReader.looksLikeCINCensus(prefix: prefix) { return .kind(.cinCensus) }
            if SSDA903XMLReader.looksLikeSSDA903XML(prefix: prefix) { return .kind(.ssda903XML) }
            return .ignored(DataProblem(.warning, file: name, message:
                "XML that is neither a CIN census nor an SSDA903 return; left aside"))
        }
        return classifyCSV(prefix, name: name)
    }

    private static func classifyCSV(_ prefix: [UInt8], name: String) -> Verdict {
        var reader = CSVReader(bytes: prefix)
        var headings: [String] = []
        var line = 1
        // The heading row below any blank rows Excel exports carry; a file the tokenizer gives
        // up on before it has none.
        if let heading = try? reader.firstNonBlankRecord() { headings = heading.fields; line = heading.line }
        guard !headings.isEmpty else {
            return .rejected(DataProblem(.fatal, file: name, message: "no heading row: the file holds only blank lines"))
        }
        switch SSDA903Recognition.recognise(headings: headings) {
        case .table(let t): return .kind(.ssda903Table(t))
        case .nearMiss(let t, let missing):
            return .rejected(DataProblem(.fatal, file: name, line: line, field: missing.joined(separator: ", "), message:
                "looks like SSDA903 \(t.title) but has no column \(missing.joined(separator: ", ")); the table needs \(t.columns.joined(separator: ", "))"))
        case .none: break
        }
        if let kind = WorkforceCSVReader.recognise(headings: headings) { return .kind(kind) }
        if let kind = StaffingColumns.recognise(headings: headings) { return .kind(kind) }
        let (outcome, _) = AnnexAHeadingMatch.best(for: headings)
        switch outcome {
        case .recognised(let list): return .kind(.annexAList(list))
        case .nearMiss(let list, let missing):
            return .rejected(DataProblem(.fatal, file: name, line: line, field: missing.joined(separator: ", "), message:
                "looks like Annex A \(list.title) but has no column \(missing.joined(separator: ", "))"))
        case .unrecognised: break
        }
        return .ignored(DataProblem(.warning, file: name, line: line, message:
            "not a return Hearth reads (headings: \(headings.prefix(6).joined(separator: ", "))\(headings.count > 6 ? ", …" : "")); left aside"))
    }
}

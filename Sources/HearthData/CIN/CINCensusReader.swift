import Foundation
import HearthCore

/// Reads a CIN census XML return (the DfE `Message` layout) into a `CINCensus`, streaming the
/// file in fixed memory.
///
/// Values that cannot be used are reported and left out (a bad date, a child with no
/// `LAchildID`); unknown codes are kept with a warning. A file that is not well-formed XML,
/// is truncated, or is not a CIN census is rejected whole: `census` is nil and a `.fatal`
/// problem says why, because half a census would silently understate every indicator.
public enum CINCensusReader {
    /// Reads a file a megabyte at a time, a large one on all cores (see `CINSlicePlan`).
    /// Problems name the file, never its folder.
    public static func read(url: URL) -> CINReadResult {
        let name = url.lastPathComponent
        if let file = try? FileSliceableBytes(url: url),
           let result = readInSlices(file, fileName: name, slices: sliceCount(bytes: file.count)) {
            return result
        }
        let source: FileByteSource
        do {
            source = try FileByteSource(url: url)
        } catch {
            return rejected(name, XMLError(.unreadable(error.localizedDescription), line: 0, path: ""))
        }
        return read(source: source, fileName: name)
    }

    /// Reads bytes already in memory (an upload, a file from a zip).
    public static func read(bytes: [UInt8], fileName: String) -> CINReadResult {
        let all = ArraySliceableBytes(all: bytes)
        if let result = readInSlices(all, fileName: fileName, slices: sliceCount(bytes: bytes.count)) {
            return result
        }
        return read(source: ArrayByteSource(bytes), fileName: fileName)
    }

    /// Files below this are read in one pass: the cores would barely get going.
    static let minimumSlicedBytes = 8 << 20

    /// Several slices per core, so a core that finishes early takes another.
    static func sliceCount(bytes: Int) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores >= 2, bytes >= minimumSlicedBytes else { return 0 }
        // Many more slices than cores: the cores take them as they finish, so the last slice of a
        // national census, read while the other cores wait, is a sixty-fourth of it, not a
        // sixteenth (that tail was a tenth of a second).
        return min(cores * 32, max(cores, bytes / (4 << 20)))
    }

    /// Reads a census with its children parsed in parallel; nil when the file is not suited
    /// (see `CINSlicePlan.make`) or has a fatal problem, so that the caller reads it in one
    /// pass, which gives exactly the usual messages. The result is the one pass's, equal value
    /// for value and problem for problem.
    static func readInSlices(_ bytes: any XMLSliceableBytes, fileName: String, slices: Int,
                             minimumBytes: Int = minimumSlicedBytes,
                             limits: XMLTokenizer.Limits = XMLTokenizer.Limits()) -> CINReadResult? {
        guard let plan = CINSlicePlan.make(bytes, slices: slices, minimumBytes: minimumBytes),
              let head = try? bytes.source(0..<plan.cuts[0]) else { return nil }
        let name = baseName(fileName)
        var xml = XMLTokenizer(source: head, vocabulary: CINTag.vocabulary, unindexed: CINTag.unindexed, limits: limits)
        // The head stops at the first child, inside <Message><Children>.
        xml.pauseAtEndOfSource(depth: 2)
        var parser = CINCensusParser(xml: xml, log: ProblemLog(file: name))
        parser.sliceJob = CINSliceJob(bytes: bytes, plan: plan, fileName: name)
        guard let census = try? parser.parse(), !parser.slicesFailed, parser.sliceJob == nil, !parser.log.hasFatal else {
            return nil
        }
        return CINReadResult(census: census, problems: parser.log.finished(), children: parser.childCount)
    }

    /// Reads from any byte source; `limits` bound the tokenizer (see `XMLTokenizer.Limits`).
    public static func read(source: any XMLByteSource, fileName: String,
                            limits: XMLTokenizer.Limits = XMLTokenizer.Limits()) -> CINReadResult {
        let name = baseName(fileName)
        let xml = XMLTokenizer(source: source, vocabulary: CINTag.vocabulary, unindexed: CINTag.unindexed, limits: limits)
        var parser = CINCensusParser(xml: xml, log: ProblemLog(file: name))
        do {
            let census = try parser.parse()
            return CINReadResult(census: census, problems: parser.log.finished(), children: parser.childCount)
        } catch {
            var log = parser.log
            log.add(.fatal, line: error.line, element: error.path.isEmpty ? nil : error.path, error.message)
            return CINReadResult(census: nil, problems: log.finished(), children: parser.childCount)
        }
    }

    /// True when the first few KB of a file look like a CIN census: root `Message` with
    /// `Header/CollectionDetails/Collection` = CIN, or with `Children/Child/ChildIdentifiers/LAchildID`.
    /// Lets a directory reader recognise the census whatever the file is called.
    public static func looksLikeCINCensus(prefix: [UInt8]) -> Bool {
        var xml = XMLTokenizer(bytes: prefix, limits: XMLTokenizer.Limits(maxTokenBytes: 1 << 16))
        var open: [String] = []
        var text = ""
        let collection = ["Message", "Header", "CollectionDetails", "Collection"]
        let childID = ["Message", "Children", "Child", "ChildIdentifiers", "LAchildID"]
        do {
            while let event = try xml.next() {
                switch event {
                case .start(let name, _):
                    if open.isEmpty, name.local != "Message" { return false }
                    open.append(name.local)
                    text = ""
                    if open == childID { return true }
                case .text(let t):
                    text += t
                case .end:
                    if open == collection { return CINFieldReader.trimmed(text)?.uppercased() == "CIN" }
                    open.removeLast()
                }
            }
        } catch {
            // The prefix usually ends mid-document; what was seen before that decides.
            return false
        }
        return false
    }

    private static func rejected(_ name: String, _ error: XMLError) -> CINReadResult {
        var log = ProblemLog(file: name)
        log.add(.fatal, line: error.line > 0 ? error.line : nil, error.message)
        return CINReadResult(census: nil, problems: log.finished(), children: 0)
    }

    /// The last path component, so a caller passing a full path cannot leak folder names.
    static func baseName(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return parts.last.map(String.init) ?? name
    }
}

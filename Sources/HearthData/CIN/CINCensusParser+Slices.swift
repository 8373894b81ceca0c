import Foundation
import HearthCore

/// The middle of a census to be read in parallel: where it lies and how to read it.
struct CINSliceJob: Sendable {
    let bytes: any XMLSliceableBytes
    let plan: CINSlicePlan
    let fileName: String
}

extension CINCensusParser {
    /// What one slice of children produced, with lines, child indexes and unknown-element
    /// warnings still relative to the slice.
    struct SliceResult: Sendable {
        var children: CINChildRun
        var problems: [DataProblem]
        var unknownWarnings: Set<Int>
        var suppressed: Int
        var childCount: Int
        /// `Child` siblings seen, the index base for the next slice's element paths.
        var childSiblings: Int
        var lines: Int
    }

    /// Called when the head of the file pauses at the first `<Child` inside `<Children>`:
    /// parses the slices on all cores, joins them as one pass would have read them, and sets
    /// the tokenizer going again at `</Children>`. Throws with `slicesFailed` set when any slice
    /// could not be read cleanly, so the caller can start again in one pass.
    mutating func readSlices(_ job: CINSliceJob, into children: inout [CINChild]) throws(XMLError) {
        guard xml.depth == 2 else { throw abandon() }
        let childTag = CINTag.child.rawValue
        let template = xml
        let cuts = job.plan.cuts
        let results = SliceResults(count: cuts.count - 1)
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { i in
            results.set(i, Self.readSlice(template, job: job, index: i))
        }
        guard let total = results.totalChildren(), let tail = try? job.bytes.source(cuts[cuts.count - 1]..<job.bytes.count) else {
            throw abandon()
        }
        let lineBase = xml.nextLine
        let pathPrefix = xml.path + "/" + childTag + "["
        var lines = 0
        var siblings = xml.siblingCount(named: childTag)
        var slices: [SliceResult] = []
        for i in 0..<(cuts.count - 1) {
            guard let slice = results.take(i) else { throw abandon() }
            slices.append(slice)
        }
        for slice in slices {
            childCount += slice.childCount
            for (k, p) in slice.problems.enumerated() {
                // One pass warns once per unknown name in the whole file, a slice once in itself.
                if slice.unknownWarnings.contains(k), let name = p.field, !warnedElements.insert(name).inserted { continue }
                log.add(p.severity, line: p.line.map { $0 + lineBase - 1 + lines },
                        element: p.element.map { Self.shiftingChildIndex($0, prefix: pathPrefix, by: siblings) },
                        field: p.field, p.message)
            }
            log.addSuppressed(slice.suppressed)
            lines += slice.lines
            siblings += slice.childSiblings
        }
        // The slices' children are moved, not copied: a memcpy rather than a retain of every
        // array in them, and a release of each when the slices went.
        let earlier = children
        children = Array(unsafeUninitializedCapacity: earlier.count + total) { buffer, initialized in
            for child in earlier {
                (buffer.baseAddress! + initialized).initialize(to: child)
                initialized += 1
            }
            for i in slices.indices {
                initialized += slices[i].children.moveAll(to: buffer.baseAddress! + initialized)
            }
        }
        xml.resume(source: tail, lines: lines, siblings: siblings - xml.siblingCount(named: childTag), named: childTag)
    }

    private mutating func abandon() -> XMLError {
        slicesFailed = true
        return XMLError(.malformed("the file could not be read in slices"), line: xml.line, path: xml.path)
    }

    /// Parses `<Child>` elements from one slice, nil when the slice does not end cleanly between
    /// children (a cut in the wrong place, or a malformed file: one pass then says what is wrong).
    ///
    /// The plain children are read straight from the bytes (`CINChildScanner`); the parser reads
    /// the rest, from an unusual child to the next `<Child` tag, with its tokenizer moved on by
    /// the lines and children read without it, so its problems and paths are one pass's.
    private static func readSlice(_ template: XMLTokenizer, job: CINSliceJob, index i: Int) -> SliceResult? {
        guard let source = try? job.bytes.source(job.plan.cuts[i]..<job.plan.cuts[i + 1]) else { return nil }
        let childTag = CINTag.child.rawValue
        // Same per-field limit as the head's log (the default), so joining suppresses alike.
        var parser = CINCensusParser(xml: template.slice(source: ArrayByteSource([])), log: ProblemLog(file: job.fileName))
        parser.inSlice = true
        var window = CINSliceWindow(source: source)
        var scanner = CINChildScanner()
        let children = CINChildRun()
        // Read by the scanner since the parser last ran.
        var lines = 0, siblings = 0
        var scanned = 0
        do {
            scanning: while true {
                let at = window.position
                switch window.withBytes({ scanner.scan($0, from: at) }) {
                case .child(let child, let end):
                    children.append(child)
                    scanned += 1
                    lines += scanner.lines
                    siblings += 1
                    window.position = end
                    continue
                case .exhausted:
                    lines += scanner.lines
                    window.position = window.count
                    if try window.refill() { continue }
                    break scanning
                case .needMore:
                    if try window.refill() { continue }
                case .unusual:
                    break
                }
                let end = try window.nextChildTag() ?? window.count
                parser.xml.continueSlice(source: ArrayByteSource(window.copy(to: end)), lines: lines, siblings: siblings,
                                         named: childTag)
                lines = 0
                siblings = 0
                var unusual: [CINChild] = []
                try parser.readChildren(into: &unusual)
                children.append(contentsOf: unusual)
                guard parser.xml.depth == template.depth else { return nil }
                window.position = end
            }
        } catch {
            return nil
        }
        return SliceResult(children: children, problems: parser.log.problems, unknownWarnings: parser.unknownWarningIndexes,
                           suppressed: parser.log.suppressed, childCount: parser.childCount + scanned,
                           childSiblings: parser.xml.siblingCount(named: childTag) + siblings,
                           lines: parser.xml.linesRead + lines)
    }

    /// `Message/Children/Child[3]/CINdetails[1]` with the child index moved on by `offset`.
    static func shiftingChildIndex(_ path: String, prefix: String, by offset: Int) -> String {
        guard offset != 0, path.hasPrefix(prefix) else { return path }
        let rest = path.dropFirst(prefix.count)
        guard let close = rest.firstIndex(of: "]"), let n = Int(rest[..<close]) else { return path }
        return prefix + String(n + offset) + rest[close...]
    }
}

/// One slot per slice, filled from the worker threads.
private final class SliceResults: @unchecked Sendable {
    // Safe: every access to `slots` holds `lock`, and each worker writes only its own slot.
    private let lock = NSLock()
    private var slots: [CINCensusParser.SliceResult?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ i: Int, _ result: CINCensusParser.SliceResult?) {
        lock.withLock { slots[i] = result }
    }

    /// Children in all slices, nil when any slice failed.
    func totalChildren() -> Int? {
        lock.withLock {
            var n = 0
            for slot in slots {
                guard let slot else { return nil }
                n += slot.children.count
            }
            return n
        }
    }

    /// Hands a slice over and forgets it, so its memory goes as soon as it is joined.
    func take(_ i: Int) -> CINCensusParser.SliceResult? {
        lock.withLock {
            defer { slots[i] = nil }
            return slots[i]
        }
    }
}

import Foundation
import HearthCore

/// The loop the CSV table readers share around their own decoding: open the file, find the
/// heading row below any blank lines, hand on each data row that is not blank, leave out (with an
/// error) a row whose width is not the heading's, and make a file that cannot be opened, or that
/// the tokenizer gives up on, one fatal problem. What the headings mean and what a row holds stay
/// with each reader, which adds its own problems to `log` as it goes.
struct CSVTable {
    /// Every problem so far, for the file the reader names.
    var log: ProblemLog
    /// False once the file could not be opened or the tokenizer gave up on it (a broken quote,
    /// binary junk): rows read before then are not to be trusted.
    private(set) var isReadable = true
    private var csv: CSVReader

    /// A table in memory (uploads, tests, a file a reader has already loaded).
    init(bytes: [UInt8], fileName: String) {
        csv = CSVReader(bytes: bytes)
        log = ProblemLog(file: fileName)
    }

    /// A table streamed from `url`; one that cannot be opened is a fatal problem.
    init(url: URL, fileName: String) {
        log = ProblemLog(file: fileName)
        do {
            csv = try CSVReader(url: url)
        } catch {
            csv = CSVReader(bytes: [])
            fail(error)
        }
    }

    /// The heading row: the first that is not blank, as exports often leave blank rows above it.
    /// Nil when the file is unreadable, or holds no such row (`ifNone` is then the fatal problem).
    mutating func heading(ifNone message: String) -> CSVRecord? {
        guard isReadable else { return nil }
        do throws(CSVError) {
            if let heading = try csv.firstNonBlankRecord() { return heading }
            log.add(.fatal, message)
        } catch {
            fail(error)
        }
        return nil
    }

    /// Hands `body` each data row that is not blank, up to the end of the file. Given `width` (the
    /// heading's), a row with another number of fields is left out with an error instead. False
    /// when the file is unreadable.
    @discardableResult
    mutating func forEachRow(width: Int? = nil, _ body: (CSVRecord, inout ProblemLog) -> Void) -> Bool {
        guard isReadable else { return false }
        do throws(CSVError) {
            while let row = try csv.next() {
                if row.isBlank { continue }
                if let width, row.fields.count != width {
                    log.add(.error, line: row.line, "row has \(row.fields.count) fields but the heading row has \(width); row left out")
                    continue
                }
                body(row, &log)
            }
            return true
        } catch {
            fail(error)
            return false
        }
    }

    private mutating func fail(_ error: CSVError) {
        isReadable = false
        log.add(.fatal, error.description)
    }
}

import Foundation

/// One original file of a submission, with its bytes: in `content` when they fit one value,
/// else in `submission_file_chunks` (see migration 4).
struct SubmissionFileRow: TableRow {
    static let table = "submission_files"
    static let columns = ["submission_id", "seq", "name", "kind", "collection_year", "sha256", "byte_count",
                          "row_count", "content"]
    static let chunkTable = "submission_file_chunks"
    static let chunkColumns = ["submission_id", "file_seq", "chunk", "content"]
    /// Files up to this size are kept in one value, as before chunks existed.
    static let inlineLimit = 256 << 20
    static let chunkSize = 64 << 20

    let name: String
    let kind: String
    let collectionYear: Int?
    let sha256: String
    let byteCount: Int
    let rowCount: Int
    let content: Data

    var isChunked: Bool { content.count > Self.inlineLimit }

    func values(submission: Int, seq: Int) -> RowValues {
        [submission, seq, name, kind, collectionYear, sha256, byteCount, rowCount, isChunked ? Data() : content]
    }

    /// The chunk rows of a file too large for one value; none otherwise. Slices share the bytes.
    func chunks(submission: Int, seq: Int) -> [RowValues] {
        guard isChunked else { return [] }
        return stride(from: 0, to: content.count, by: Self.chunkSize).enumerated().map { n, offset in
            let start = content.startIndex + offset
            return [submission, seq, n, content[start..<min(start + Self.chunkSize, content.endIndex)]]
        }
    }
}

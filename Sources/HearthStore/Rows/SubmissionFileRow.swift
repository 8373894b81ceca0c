import Foundation

/// One original file of a submission, with its bytes.
struct SubmissionFileRow: TableRow {
    static let table = "submission_files"
    static let columns = ["submission_id", "seq", "name", "kind", "collection_year", "sha256", "byte_count",
                          "row_count", "content"]
    let name: String
    let kind: String
    let collectionYear: Int?
    let sha256: String
    let byteCount: Int
    let rowCount: Int
    let content: Data

    func values(submission: Int, seq: Int) -> RowValues {
        [submission, seq, name, kind, collectionYear, sha256, byteCount, rowCount, content]
    }
}

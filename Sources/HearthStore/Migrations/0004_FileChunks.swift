extension Migration {
    /// Bytes of files too large for one value: SQLite refuses a blob over 1,000,000,000 bytes and
    /// PostgreSQL a field over 1 GB, and a national CIN census is larger. Such a file keeps an empty
    /// `content` in `submission_files` and its bytes here, in order.
    static let fileChunks = Migration(version: 4, name: "file chunks", statements: [
        """
        CREATE TABLE submission_file_chunks (
          submission_id {int} NOT NULL, file_seq {int} NOT NULL, chunk {int} NOT NULL, content {blob} NOT NULL,
          PRIMARY KEY (submission_id, file_seq, chunk),
          FOREIGN KEY (submission_id, file_seq) REFERENCES submission_files (submission_id, seq))
        """,
    ])
}

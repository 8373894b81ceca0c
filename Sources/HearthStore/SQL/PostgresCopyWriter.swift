import Foundation
import Logging
import PostgresNIO

/// PostgreSQL's bulk path: `COPY table (columns) FROM STDIN` in text format on the transaction's
/// connection, streamed in chunks. One statement per table, no parameters to bind, and the server
/// parses rows in C; a failure anywhere fails the COPY and so the whole transaction.
struct PostgresCopyWriter: BulkRowWriter {
    let connection: PostgresConnection
    let logger: Logger
    /// Bytes gathered before each write to the server.
    var chunkBytes = 1 << 20

    func write(table: String, columns: [String], leading: RowValues, rows: [RowValues]) async throws {
        guard !rows.isEmpty else { return }
        let chunkBytes = self.chunkBytes
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var text = CopyText(capacity: chunkBytes + chunkBytes / 4)
            for row in rows {
                try text.appendRow(leading, row)
                if text.bytes.count >= chunkBytes {
                    try await writer.write(ByteBuffer(bytes: text.bytes))
                    text.bytes.removeAll(keepingCapacity: true)
                }
            }
            if !text.bytes.isEmpty { try await writer.write(ByteBuffer(bytes: text.bytes)) }
        }
    }
}

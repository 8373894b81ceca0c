import HearthCore
import SQLKit

extension SQLStore {
    static let problemColumns = ["submission_id", "seq", "severity", "file", "line", "element", "field", "message"]

    /// A submission's problems as rows, most severe first (the order the pages list them in).
    static func problemRows(_ problems: [DataProblem], submission id: Int) -> [RowValues] {
        problems.sorted { $0.severity > $1.severity }.enumerated().map { seq, p in
            [id, seq, p.severity.rawValue, p.file, p.line, p.element, p.field, p.message]
        }
    }

    public func problems(submission id: Int) async throws -> [DataProblem] {
        let rows = try await read { db in
            try await db.raw("""
                SELECT severity, file, line, element, field, message FROM submission_problems
                WHERE submission_id = \(bind: id) ORDER BY seq
                """).all(decoding: ProblemRow.self)
        }
        return rows.map { r in
            DataProblem(DataProblem.Severity(rawValue: r.severity) ?? .error, file: r.file, line: r.line, element: r.element,
                        field: r.field, message: r.message)
        }
    }
}

struct ProblemRow: Codable, Sendable {
    let severity: String
    let file: String
    let line: Int?
    let element: String?
    let field: String?
    let message: String
}

import HearthCore
import SQLKit

/// Rebuilds the teams and staff of one submission from its rows, in the order they were read.
struct StaffingReader {
    let db: any SQLDatabase
    let submission: Int

    func teams() async throws -> [Team] {
        try await rows(StaffingTeamRow.self).map { try $0.team() }
    }

    func staff() async throws -> [StaffMember] {
        let absences = Dictionary(grouping: try await rows(StaffingAbsenceRow.self), by: \.staffSeq)
        return try await rows(StaffingStaffRow.self).map { row in
            try row.member(absences: (absences[row.seq] ?? []).map { try $0.absence() })
        }
    }

    private func rows<T: TableRow>(_: T.Type) async throws -> [T] {
        try await db.raw("""
            SELECT \(unsafeRaw: T.columns.joined(separator: ", ")) FROM \(unsafeRaw: T.table)
            WHERE submission_id = \(bind: submission) ORDER BY seq
            """).all(decoding: T.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}

import Foundation
import HearthCore
import SQLKit

extension SQLStore {
    public func saveSnapshots(_ snapshots: [IndicatorSnapshot]) async throws {
        guard !snapshots.isEmpty else { return }
        let rows: [RowValues] = snapshots.map { s in
            [s.indicatorID, s.authority, s.period.start.iso, s.period.end.iso, s.period.label, s.value, s.numerator,
             s.denominator, s.note, SQLValue.time(s.computedAt), s.sourceSubmissionIDs.map(String.init).joined(separator: ",")]
        }
        try await writeTransaction { connection in
            try await connection.bulk.write(table: "indicator_snapshots", columns: [
                "indicator_id", "authority", "period_start", "period_end", "period_label", "value", "numerator",
                "denominator", "note", "computed_at", "source_submissions"], leading: [], rows: rows)
        }
    }

    public func snapshots(indicator: String, authority: String) async throws -> [IndicatorSnapshot] {
        let rows = try await read { db in
            try await db.raw("""
                SELECT indicator_id, authority, period_start, period_end, period_label, value, numerator, denominator, note,
                  computed_at, source_submissions FROM indicator_snapshots
                WHERE indicator_id = \(bind: indicator) AND authority = \(bind: authority)
                ORDER BY period_end, computed_at, id
                """).all(decoding: SnapshotRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return try rows.map { try $0.snapshot() }
    }
}

struct SnapshotRow: Codable, Sendable {
    let indicatorId: String
    let authority: String
    let periodStart: String
    let periodEnd: String
    let periodLabel: String
    let value: Double?
    let numerator: Double
    let denominator: Double
    let note: String?
    let computedAt: String
    let sourceSubmissions: String

    func snapshot() throws -> IndicatorSnapshot {
        guard let start = Day(iso: periodStart), let end = Day(iso: periodEnd), let computed = SQLValue.time(computedAt) else {
            throw StoreError.corrupt("snapshot of \(indicatorId) \(periodLabel)")
        }
        return IndicatorSnapshot(
            indicatorID: indicatorId, authority: authority, period: ReportingPeriod(start: start, end: end, label: periodLabel),
            value: value, numerator: numerator, denominator: denominator, note: note, computedAt: computed,
            sourceSubmissionIDs: sourceSubmissions.split(separator: ",").compactMap { Int($0) })
    }
}

/// The Annex A lists held for an authority.
public struct AnnexA: Sendable, Equatable {
    public let records: [AnnexAList: [AnnexARecord]]

    public init(records: [AnnexAList: [AnnexARecord]]) { self.records = records }

    public subscript(list: AnnexAList) -> [AnnexARecord] { records[list] ?? [] }

    public var rowCount: Int { records.values.reduce(0) { $0 + $1.count } }

    /// The days the contact and referral lists cover, first dated row to last: the span the
    /// Annex A measures are computed over, and how far the engine trusts them.
    public var listedDays: ClosedRange<Day>? {
        let dates = [AnnexAList.contacts, .referrals].flatMap { self[$0] }.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first...last
    }

    /// The reporting year (ending 31 March) the lists describe, for an Annex A held on its own
    /// (councils prepare it alone before an inspection). Annex A carries no year field: its lists
    /// cover the months up to the inspection, so the year is the one holding its latest event
    /// dates. The latest 1 in 100 are passed over so that one mistyped date (2052 for 2025) cannot
    /// move the whole return's year. Nil when no list has a date.
    public var collectionYear: Int? {
        let dates = records.values.flatMap { $0.flatMap { [$0.date, $0.endDate].compactMap { $0 } } }.sorted()
        guard !dates.isEmpty else { return nil }
        let latest = dates[dates.count - 1 - dates.count / 100]
        return latest.month >= 4 ? latest.year + 1 : latest.year
    }
}

import HearthCore

/// A snapshot's records by person. A person may have several records, one per contract (an
/// agency worker taken on permanently); these answer by person, by `staffID`, rather than by
/// record. Built once per measure (a dictionary of the records), so asking about every person
/// stays linear in the staff rather than scanning them all for each.
struct StaffContracts {
    private let byID: [String: [StaffMember]]

    init(_ snapshot: WorkforceSnapshot) {
        byID = Dictionary(grouping: snapshot.staff, by: \.staffID).mapValues { records in
            records.sorted { ($0.startDate ?? Day(ordinal: 0)) < ($1.startDate ?? Day(ordinal: 0)) }
        }
    }

    /// Every person's id, sorted.
    var ids: [String] { byID.keys.sorted() }

    /// Every contract of the person, earliest start first (a record without a start first).
    func contracts(of staffID: String) -> [StaffMember] { byID[staffID] ?? [] }

    /// The person works for the council on `day` under any of their contracts.
    func isEmployed(_ staffID: String, on day: Day) -> Bool {
        contracts(of: staffID).contains { $0.isEmployed(on: day) }
    }

    /// A record that ended with the person leaving the council: it has an end date and no other
    /// contract of theirs runs on the day after it (a contract change is not a leaving).
    func leftService(_ record: StaffMember) -> Bool {
        guard let end = record.endDate else { return false }
        return !contracts(of: record.staffID).contains { $0 != record && ($0.isEmployed(on: end) || $0.isEmployed(on: end.adding(days: 1))) }
    }

    /// When the person's continuous service in post (permanent or seconded, not agency) began:
    /// the record's start, or that of the earliest in-post contract running on, with no break of
    /// more than a day, into it. Nil without a start date.
    func serviceStart(of record: StaffMember) -> Day? {
        guard var start = record.startDate else { return nil }
        // Earliest first, so walking back from the latest joins each link of an unbroken chain.
        for c in contracts(of: record.staffID).reversed() where c.contract.isInPost && c != record {
            guard let s = c.startDate, s < start, let e = c.endDate, e.adding(days: 1) >= start else { continue }
            start = s
        }
        return start
    }
}

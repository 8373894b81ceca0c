import HearthCore

/// A person may have several records, one per contract (an agency worker taken on permanently):
/// these read a snapshot by person, by `staffID`, rather than by record.
extension WorkforceSnapshot {
    /// Every contract of the person, earliest start first (a record without a start first).
    func contracts(of staffID: String) -> [StaffMember] {
        staff.filter { $0.staffID == staffID }.sorted { ($0.startDate ?? Day(ordinal: 0)) < ($1.startDate ?? Day(ordinal: 0)) }
    }

    /// The person works for the council on `day` under any of their contracts.
    func isEmployed(_ staffID: String, on day: Day) -> Bool {
        staff.contains { $0.staffID == staffID && $0.isEmployed(on: day) }
    }

    /// A record that ended with the person leaving the council: it has an end date and no other
    /// contract of theirs runs on the day after it (a contract change is not a leaving).
    func leftService(_ record: StaffMember) -> Bool {
        guard let end = record.endDate else { return false }
        return !isEmployed(record.staffID, on: end)
            && !staff.contains { $0.staffID == record.staffID && $0 != record && $0.isEmployed(on: end.adding(days: 1)) }
    }

    /// When the person's continuous service in post (permanent or seconded, not agency) began:
    /// the start of their in-post contract running on `day`, or of the earliest in-post contract
    /// that runs on, without a break of more than a day, into it. Nil without a start date.
    func serviceStart(of record: StaffMember) -> Day? {
        guard var start = record.startDate else { return nil }
        let earlier = contracts(of: record.staffID).filter { $0.contract.isInPost && $0 != record }
        var moved = true
        while moved {
            moved = false
            for c in earlier {
                guard let s = c.startDate, s < start, let e = c.endDate, e.adding(days: 1) >= start else { continue }
                start = s
                moved = true
            }
        }
        return start
    }
}

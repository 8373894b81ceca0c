import HearthCore

/// Agency workers taken into permanent posts in the twelve months to the as-at day: a person
/// (one `staffID`) with an agency contract that ended on or before the start of a permanent
/// contract starting in those twelve months. The staff CSV gives each contract its own row (same
/// `staff_id`, its own `start_date`), which is how the change is seen: the contract before the
/// permanent one (by start date) must be the agency one, ended. Any gap between the two is
/// allowed (a worker who left an agency post and came back permanent months later was still won
/// from agency work) and shown, so a reader can judge; each person counts once, at their first
/// permanent start in the year. Secondments are not permanent posts and do not count.
public struct AgencyConversions: Sendable, Hashable, Codable {
    /// One conversion. `staffID` is for the council's own checking (API and CLI for roles that
    /// see everything); board outputs show the count and the teams only.
    public struct Conversion: Sendable, Hashable, Codable {
        public let staffID: String
        public let team: String
        public let role: WorkforceRole
        public let agencyEnded: Day
        public let permanentStarted: Day

        public init(staffID: String, team: String, role: WorkforceRole, agencyEnded: Day, permanentStarted: Day) {
            self.staffID = staffID
            self.team = team
            self.role = role
            self.agencyEnded = agencyEnded
            self.permanentStarted = permanentStarted
        }

        /// Days between the agency contract's last day and the permanent start (1 when back to back).
        public var gapDays: Int { agencyEnded.days(to: permanentStarted) }
    }

    public let from: Day
    public let to: Day
    /// By permanent start, earliest first.
    public let conversions: [Conversion]

    public init(from: Day, to: Day, conversions: [Conversion]) {
        self.from = from
        self.to = to
        self.conversions = conversions
    }

    public var count: Int { conversions.count }

    public init(_ snapshot: WorkforceSnapshot) {
        let from = snapshot.yearStart, to = snapshot.date
        var found: [Conversion] = []
        let people = StaffContracts(snapshot)
        for id in people.ids {
            let contracts = people.contracts(of: id)
            let permanent = contracts.filter { c in
                guard c.contract == .permanent, let s = c.startDate else { return false }
                return s >= from && s <= to
            }
            for p in permanent {
                // The contract just before this one must be the agency one: a permanent worker
                // changing posts years after leaving agency work is not converted again.
                guard let start = p.startDate,
                      let agency = contracts.last(where: { ($0.startDate.map { $0 < start } ?? true) }),
                      agency.contract == .agency, let ended = agency.endDate, ended <= start else { continue }
                found.append(Conversion(staffID: id, team: p.team, role: WorkforceRole(role: p.role), agencyEnded: ended, permanentStarted: start))
                break
            }
        }
        self.init(from: from, to: to, conversions: found.sorted { ($0.permanentStarted, $0.staffID) < ($1.permanentStarted, $1.staffID) })
    }
}

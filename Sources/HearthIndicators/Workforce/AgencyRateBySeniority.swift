import HearthCore

/// The agency rate by seniority at each month end over the twelve months to the as-at day:
/// agency FTE ÷ (agency FTE + in-post FTE) of the staff employed on that day (by their start and
/// end dates), for practitioners (OrgRole 4, 5, 6), managers (2, 3) and senior leadership (1), as
/// DfE's agency rate is made for the whole workforce. A role that is neither a code nor a title
/// `WorkforceRole` reads is counted under "unknown", and personal advisers (no OrgRole) on their
/// own, so the three DfE groups hold only what is known to be theirs. The month ends are the
/// workforce trend's (the last point is the as-at day when it falls mid-month).
public struct AgencyRateBySeniority: Sendable, Hashable, Codable {
    /// One group's agency and in-post FTE at one month end.
    public struct Point: Sendable, Hashable, Codable {
        public let monthEnd: Day
        public let agencyFTE: Double
        public let inPostFTE: Double

        public init(monthEnd: Day, agencyFTE: Double, inPostFTE: Double) {
            self.monthEnd = monthEnd
            self.agencyFTE = agencyFTE
            self.inPostFTE = inPostFTE
        }

        public var rate: MeasureRatio { MeasureRatio(agencyFTE, agencyFTE + inPostFTE) }
    }

    /// One group's twelve month ends, oldest first.
    public struct Series: Sendable, Hashable, Codable {
        public let role: WorkforceRole
        public let points: [Point]

        public init(role: WorkforceRole, points: [Point]) {
            self.role = role
            self.points = points
        }

        public var latest: Point? { points.last }

        /// The change in percentage points from the first month end with anyone in the group to
        /// the last: the twelve-month direction. Nil when either has no one.
        public var change: Double? {
            guard let last = points.last?.rate.percent, let first = points.first(where: { $0.rate.percent != nil })?.rate.percent,
                  points.count > 1 else { return nil }
            return last - first
        }
    }

    /// The groups that have anyone in the twelve months, in `WorkforceRole`'s order.
    public let series: [Series]

    public init(series: [Series]) {
        self.series = series
    }

    public init(_ snapshot: WorkforceSnapshot) {
        let ends = WorkforceTrendPoint.monthEnds(snapshot.date)
        let all = WorkforceRole.allCases.map { role -> Series in
            let members = snapshot.staff.filter { WorkforceRole(role: $0.role) == role }
            return Series(role: role, points: ends.map { day in
                let on = members.filter { $0.isEmployed(on: day) }
                return Point(monthEnd: day, agencyFTE: on.filter { $0.contract == .agency }.reduce(0) { $0 + $1.fte },
                             inPostFTE: on.filter(\.contract.isInPost).reduce(0) { $0 + $1.fte })
            })
        }
        self.init(series: all.filter { $0.points.contains { $0.agencyFTE + $0.inPostFTE > 0 } })
    }
}

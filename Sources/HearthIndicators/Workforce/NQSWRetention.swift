import HearthCore

/// Trainees (newly qualified social workers, or those of one route in) still with the council a
/// number of years after they started. The cohort is every such person who started at least that
/// many years before the as-at date (so the answer is known); retained are those still employed,
/// under any of their contracts, on the anniversary of their start. A person is counted once, from
/// their earliest record of the route (a later contract change does not start a new cohort).
public struct NQSWRetention: Sendable, Hashable, Codable {
    public let years: Int
    /// The route followed; nil for every newly qualified worker (`nqsw`), as before routes were recorded.
    public let route: RouteIn?
    public let retained: MeasureRatio

    public init(years: Int, route: RouteIn? = nil, retained: MeasureRatio) {
        self.years = years
        self.route = route
        self.retained = retained
    }

    public init(_ snapshot: WorkforceSnapshot, years: Int, route: RouteIn? = nil) {
        self.init(snapshot, years: years, route: route) { s in route.map { s.route == $0 } ?? s.isNQSW }
    }

    /// Every trainee, whatever their route in: those with a `route_in`, and the newly qualified.
    /// A person who came by two routes is one person of the cohort, from their earliest start.
    public static func anyRoute(_ snapshot: WorkforceSnapshot, years: Int) -> NQSWRetention {
        NQSWRetention(snapshot, years: years, route: nil) { $0.route != nil }
    }

    private init(_ snapshot: WorkforceSnapshot, years: Int, route: RouteIn?, of trainee: (StaffMember) -> Bool) {
        var cohort = 0, stayed = 0
        var starts: [String: Day] = [:]
        let people = StaffContracts(snapshot)
        for s in snapshot.staff where trainee(s) {
            guard let start = s.startDate else { continue }
            starts[s.staffID] = min(starts[s.staffID] ?? start, start)
        }
        for (id, start) in starts {
            let anniversary = start.adding(years: years)
            guard anniversary <= snapshot.date else { continue }
            cohort += 1
            if people.isEmployed(id, on: anniversary) { stayed += 1 }
        }
        self.init(years: years, route: route, retained: MeasureRatio(Double(stayed), Double(cohort)))
    }
}

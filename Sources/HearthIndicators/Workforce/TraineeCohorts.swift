import HearthCore

/// Each route into social work (`RouteIn`: ASYE, Step Up, Frontline, apprenticeship, overseas
/// recruitment) with its cohort's retention after 1, 2 and 3 years: of those of the route who
/// started at least N years before the as-at day, the share still employed N years after their
/// start (`NQSWRetention` for one route). A worker's route is their `route_in`, or ASYE when it is
/// blank and they joined newly qualified. Routes nobody has taken are left out.
public struct TraineeCohorts: Sendable, Hashable, Codable {
    public struct Route: Sendable, Hashable, Codable {
        public let route: RouteIn
        /// People of the route ever recorded, and those employed on the as-at day.
        public let started: Int
        public let inPost: Int
        /// After 1, 2 and 3 years.
        public let retention: [NQSWRetention]

        public init(route: RouteIn, started: Int, inPost: Int, retention: [NQSWRetention]) {
            self.route = route
            self.started = started
            self.inPost = inPost
            self.retention = retention
        }
    }

    public static let years = [1, 2, 3]
    public let routes: [Route]
    /// Every route together, after 1, 2 and 3 years (`NQSWRetention.anyRoute`): what a board sets
    /// a target for. Empty when built from routes alone.
    public let allRoutes: [NQSWRetention]

    public init(routes: [Route], allRoutes: [NQSWRetention] = []) {
        self.routes = routes
        self.allRoutes = allRoutes
    }

    public init(_ snapshot: WorkforceSnapshot) {
        let contracts = StaffContracts(snapshot)
        self.init(routes: RouteIn.allCases.compactMap { route in
            let people = Set(snapshot.staff.filter { $0.route == route }.map(\.staffID))
            guard !people.isEmpty else { return nil }
            return Route(route: route, started: people.count, inPost: people.filter { contracts.isEmployed($0, on: snapshot.date) }.count,
                         retention: Self.years.map { NQSWRetention(snapshot, years: $0, route: route) })
        }, allRoutes: Self.years.map { NQSWRetention.anyRoute(snapshot, years: $0) })
    }
}

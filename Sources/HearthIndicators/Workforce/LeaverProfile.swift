import HearthCore

/// Who left in the twelve months to the as-at day, by reason and by length of service, and the
/// average length of service of those in post on the as-at day.
///
/// A leaver is a person whose in-post (permanent or seconded) contract ended in the year with no
/// other contract of theirs running on the next day: a contract change is not a leaving, and agency
/// workers are not leavers, as DfE counts turnover. People are counted (headcount), since a reason
/// is a person's. Length of service runs from the start of their continuous in-post service (over
/// contract changes, not agency time) to their last day, or to the as-at day for those in post.
/// Reasons are grouped as recorded, case and spacing aside; a blank reason is "not recorded".
public struct LeaverProfile: Sendable, Hashable, Codable {
    public let from: Day
    public let to: Day
    public let leavers: Int
    /// Reasons, most common first (then by name).
    public let byReason: [StaffCount]
    /// Every `ServiceBand`, in order (not known only when some are).
    public let byService: [StaffCount]
    /// People in post on the as-at day with a start date, and their mean years of service.
    public let inPostCounted: Int
    public let averageServiceYears: Double?
    /// People in post on the as-at day without a start date (left out of the average).
    public let inPostWithoutStart: Int

    public init(from: Day, to: Day, leavers: Int, byReason: [StaffCount], byService: [StaffCount], inPostCounted: Int,
                averageServiceYears: Double?, inPostWithoutStart: Int) {
        self.from = from
        self.to = to
        self.leavers = leavers
        self.byReason = byReason
        self.byService = byService
        self.inPostCounted = inPostCounted
        self.averageServiceYears = averageServiceYears
        self.inPostWithoutStart = inPostWithoutStart
    }

    public init(_ snapshot: WorkforceSnapshot) {
        let from = snapshot.yearStart, to = snapshot.date
        let people = StaffContracts(snapshot)
        let left = snapshot.staff.filter { s in
            guard s.contract.isInPost, let end = s.endDate, end >= from, end <= to else { return false }
            return people.leftService(s)
        }
        var reasons: [String: (title: String, count: Int)] = [:]
        var bands: [ServiceBand: Int] = [:]
        for s in left {
            let recorded = s.leavingReason?.trimmingCharacters(in: .whitespaces) ?? ""
            let key = recorded.isEmpty ? "not_recorded" : recorded.lowercased().split(separator: " ").joined(separator: " ")
            reasons[key, default: (recorded.isEmpty ? "Not recorded" : recorded, 0)].count += 1
            if let end = s.endDate { bands[ServiceBand(from: people.serviceStart(of: s), to: end), default: 0] += 1 }
        }
        let inPost = snapshot.staff.filter { $0.contract.isInPost && $0.isEmployed(on: to) }
        let years = inPost.compactMap { people.serviceStart(of: $0).map { ServiceBand.years(from: $0, to: to) } }
        self.init(
            from: from, to: to, leavers: left.count,
            byReason: reasons.map { StaffCount(key: $0.key, title: $0.value.title, count: $0.value.count) }
                .sorted { ($1.count, $0.title) < ($0.count, $1.title) },
            byService: ServiceBand.allCases.filter { $0 != .notKnown || bands[$0] != nil }
                .map { StaffCount(key: $0.rawValue, title: $0.title, count: bands[$0] ?? 0) },
            inPostCounted: years.count, averageServiceYears: years.isEmpty ? nil : years.reduce(0, +) / Double(years.count),
            inPostWithoutStart: inPost.count - years.count)
    }
}

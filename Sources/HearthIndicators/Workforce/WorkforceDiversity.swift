import HearthCore

/// The age and ethnicity profile of the workforce in post on the as-at day (permanent and
/// seconded staff, people counted once however many contracts run), with the authority's and
/// England's population by ethnic group (ONS Census 2021, all usual residents) beside it.
///
/// Ages are whole years on the as-at day, in the ten-year bands a workforce profile is usually
/// drawn in (under 25, then 25–34 … 55–64, 65 and over). Ethnicity is read into the five broad
/// groups (`EthnicGroup`), the finest the population and a board-sized table both bear; each
/// group's share is of those whose ethnicity is known, so the refusals do not dilute every share,
/// and the not known are counted beside. DfE publishes no workforce ethnicity by authority or for
/// England in the files Hearth ships, so no England workforce column is given.
public struct WorkforceDiversity: Sendable, Hashable, Codable {
    /// One ethnic group: staff, their share of the known, and the population's shares.
    public struct EthnicRow: Sendable, Hashable, Codable {
        public let group: EthnicGroup
        public let staff: Int
        /// Percent of staff whose ethnicity is known; nil for not known, or when none is known.
        public let staffPercent: Double?
        public let authorityPercent: Double?
        public let englandPercent: Double?

        public init(group: EthnicGroup, staff: Int, staffPercent: Double?, authorityPercent: Double?, englandPercent: Double?) {
            self.group = group
            self.staff = staff
            self.staffPercent = staffPercent
            self.authorityPercent = authorityPercent
            self.englandPercent = englandPercent
        }
    }

    public static let ageBands: [(key: String, title: String, range: ClosedRange<Int>)] = [
        ("under_25", "Under 25", 0...24), ("25_34", "25 to 34", 25...34), ("35_44", "35 to 44", 35...44),
        ("45_54", "45 to 54", 45...54), ("55_64", "55 to 64", 55...64), ("65_plus", "65 and over", 65...200),
    ]

    public let date: Day
    /// People in post.
    public let inPost: Int
    /// Every age band, then "not recorded" when some are.
    public let ages: [StaffCount]
    /// Every group, not known last.
    public let ethnicity: [EthnicRow]
    /// The area whose population is beside the staff (nil when the authority is not known).
    public let populationArea: String?

    public init(date: Day, inPost: Int, ages: [StaffCount], ethnicity: [EthnicRow], populationArea: String?) {
        self.date = date
        self.inPost = inPost
        self.ages = ages
        self.ethnicity = ethnicity
        self.populationArea = populationArea
    }

    /// - Parameters:
    ///   - population: the authority's residents by group; nil when the authority is not known.
    ///   - england: England's residents by group.
    public init(_ snapshot: WorkforceSnapshot, population: EthnicPopulation.Area?, england: EthnicPopulation.Area?) {
        let day = snapshot.date
        var seen = Set<String>()
        let people = snapshot.staff.filter { $0.contract.isInPost && $0.isEmployed(on: day) }
            .sorted { ($0.startDate ?? day) > ($1.startDate ?? day) }
            .filter { seen.insert($0.staffID).inserted }
        var ages = Self.ageBands.map { StaffCount(key: $0.key, title: $0.title, count: 0) }
        var notRecorded = 0
        for p in people {
            guard let age = p.birthDate?.age(on: day), let i = Self.ageBands.firstIndex(where: { $0.range.contains(age) }) else {
                notRecorded += 1
                continue
            }
            ages[i] = StaffCount(key: ages[i].key, title: ages[i].title, count: ages[i].count + 1)
        }
        if notRecorded > 0 { ages.append(StaffCount(key: "not_recorded", title: "Not recorded", count: notRecorded)) }
        let groups = Dictionary(grouping: people, by: { EthnicGroup(code: $0.ethnicity) }).mapValues(\.count)
        let known = EthnicGroup.known.reduce(0) { $0 + (groups[$1] ?? 0) }
        let rows = EthnicGroup.allCases.map { g in
            EthnicRow(group: g, staff: groups[g] ?? 0,
                      staffPercent: g == .notKnown || known == 0 ? nil : Double(groups[g] ?? 0) / Double(known) * 100,
                      authorityPercent: g == .notKnown ? nil : population?.percent(g), englandPercent: g == .notKnown ? nil : england?.percent(g))
        }
        self.init(date: day, inPost: people.count, ages: ages, ethnicity: rows, populationArea: population?.name)
    }
}

import HearthCore

/// Ofsted's Annex A lists for the six months up to 31 March of the collection year, from the
/// same children, episodes, plans and periods of care as the statutory returns.
///
/// Fields are keyed by the template headings of `AnnexAColumns` and hold values its value sets
/// accept, because `AnnexAWriter` writes only the template's columns: a field under any other
/// key would be silently dropped. Each list draws from its own stream so a change to one list
/// leaves the others' values alone.
struct AnnexABuilder {
    let state: SimulationState
    /// The 903 health outcomes (OC2) of the same year by child ID, so a child counted as having
    /// an up-to-date health assessment or dental check there shows a recent date here.
    let healthOutcomes: [String: HealthOutcome]
    let teams: [WorkforceBuilder.Team]
    private let teamsByKind: [WorkforceBuilder.TeamKind: [Int]]
    /// The team each worker belongs to (lookup only, never iterated).
    let teamOfWorker: [String: String]
    /// First day of the six-month Annex A window.
    let from: Day
    /// The inspection date: 31 March of the collection year.
    let to: Day

    init(state: SimulationState, healthOutcomes: [HealthOutcome] = []) {
        self.state = state
        self.healthOutcomes = Dictionary(healthOutcomes.map { ($0.childID, $0) }, uniquingKeysWith: { first, _ in first })
        teams = WorkforceBuilder.layout(profile: state.profile).teams
        var byKind: [WorkforceBuilder.TeamKind: [Int]] = [:]
        var teamOf: [String: String] = [:]
        for (i, t) in teams.enumerated() {
            byKind[t.kind, default: []].append(i)
            for w in t.workers where teamOf[w] == nil { teamOf[w] = t.name }
        }
        teamsByKind = byKind
        teamOfWorker = teamOf
        to = state.yearEnd
        from = state.yearEnd.adding(months: -6).adding(days: 1)
    }

    func build(_ rng: inout SeededRandom) -> AnnexA {
        var lists: [AnnexAList: [AnnexARecord]] = [:]
        var front = rng.stream(1), plans = rng.stream(2), care = rng.stream(3), leavers = rng.stream(4)
        let frontDoor = frontDoorLists(&front)
        lists[.contacts] = frontDoor.contacts
        lists[.earlyHelp] = frontDoor.earlyHelp
        lists[.referrals] = frontDoor.referrals
        lists[.assessments] = frontDoor.assessments
        lists[.section47] = frontDoor.section47
        let planLists = planLists(&plans)
        lists[.childrenInNeed] = planLists.childrenInNeed
        lists[.childProtection] = planLists.childProtection
        lists[.lookedAfter] = lookedAfterList(&care)
        let later = leaverAndAdoptionLists(&leavers)
        lists[.careLeavers] = later.careLeavers
        lists[.adoptions] = later.adoptions
        lists[.adopters] = later.adopters
        return AnnexA(records: lists)
    }

    // MARK: Shared helpers

    func inWindow(_ d: Day?) -> Bool { d.map { $0 >= from && $0 <= to } ?? false }
    /// A date as known on the inspection date: later dates have not happened yet.
    func known(_ d: Day?) -> Day? { d.flatMap { $0 <= to ? $0 : nil } }
    func openDuring(_ start: Day, _ end: Day?) -> Bool { start <= to && (end.map { $0 >= from } ?? true) }

    /// Episodes referred by the inspection date and open within the year before the window, in
    /// child then referral order (so a child's episodes sit together).
    func episodeOrder() -> [Int] {
        let s = state
        var order = s.episodes.indices.filter {
            s.episodes[$0].referral <= to && (s.episodes[$0].closure.map { $0 >= from.adding(years: -1) } ?? true)
        }
        order.sort {
            let a = s.episodes[$0], b = s.episodes[$1]
            return a.child != b.child ? a.child < b.child : a.referral < b.referral
        }
        return order
    }

    func record(_ list: AnnexAList, _ child: Int32, date: Day?, endDate: Day? = nil,
                fields: [String: String]) -> AnnexARecord {
        let c = state.children[Int(child)]
        return AnnexARecord(list: list, id: state.childID(child), gender: c.sex, ethnicity: c.ethnicity, birthDate: c.birth,
                            age: c.birth.age(on: to), date: date, endDate: endDate, fields: fields.filter { !$0.value.isEmpty })
    }

    /// The template's spelling of a yes/no answer.
    static func yesNo(_ yes: Bool) -> String { yes ? "a) Yes" : "b) No" }

    func disability(_ child: Int32) -> String { Self.yesNo(!state.children[Int(child)].disability.isEmpty) }

    /// A random day from `lower` to `upper` inclusive (`upper` when the range is empty).
    static func day(between lower: Day, and upper: Day, _ rng: inout SeededRandom) -> Day {
        guard lower < upper else { return upper }
        return lower.adding(days: rng.int(0...lower.days(to: upper)))
    }

    private func teamIndex(_ kind: WorkforceBuilder.TeamKind, _ child: Int32) -> Int? {
        guard let matching = teamsByKind[kind], !matching.isEmpty else { return nil }
        return matching[Int(child) % matching.count]
    }

    func team(_ kind: WorkforceBuilder.TeamKind, _ child: Int32) -> String {
        teamIndex(kind, child).map { teams[$0].name } ?? ""
    }

    /// A case holder in the child's team; `offset` picks a different one (a personal adviser
    /// alongside the allocated worker).
    func worker(_ kind: WorkforceBuilder.TeamKind, _ child: Int32, offset: Int = 0) -> String {
        guard let t = teamIndex(kind, child), !teams[t].workers.isEmpty else { return "" }
        let workers = teams[t].workers
        // Skip the team manager (first) where the team has case holders.
        let start = workers.count > 1 ? 1 : 0
        return workers[start + (Int(child) / 7 + offset) % (workers.count - start)]
    }

    /// The team for a child's CIN or CP work: disabled children's team when they have a disability.
    func caseKind(_ child: Int32) -> WorkforceBuilder.TeamKind {
        state.children[Int(child)].disability.isEmpty ? .protection : .disabled
    }
}

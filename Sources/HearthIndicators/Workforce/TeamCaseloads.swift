import HearthCore

/// Each team's caseload per social worker and per personal adviser on the as-at day, against the
/// team's caseload target. Care leavers are allocated to personal advisers (`role` `PA` or
/// "personal adviser"), who are not social workers, so a care leavers team's cases per FTE mixes
/// two jobs unless they are split: each is cases held ÷ FTE of that job's case holders (agency
/// included), DfE's caseload definition applied to each. The team's one `caseload_target` is
/// the target for both, as the teams CSV gives one per team.
public struct TeamCaseloads: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public let team: String
        public let kind: TeamKind
        public let socialWorkerCases: Int
        public let socialWorker: MeasureRatio
        public let personalAdviserCases: Int
        public let personalAdviser: MeasureRatio
        public let caseloadTarget: Double?

        public init(team: String, kind: TeamKind, socialWorkerCases: Int, socialWorker: MeasureRatio, personalAdviserCases: Int,
                    personalAdviser: MeasureRatio, caseloadTarget: Double?) {
            self.team = team
            self.kind = kind
            self.socialWorkerCases = socialWorkerCases
            self.socialWorker = socialWorker
            self.personalAdviserCases = personalAdviserCases
            self.personalAdviser = personalAdviser
            self.caseloadTarget = caseloadTarget
        }

        /// The caseload is over the team's target; nil without a target or case holders.
        public static func over(_ caseload: MeasureRatio, _ target: Double?) -> Bool? {
            guard let target, let c = caseload.ratio else { return nil }
            return c > target
        }
    }

    public let date: Day
    public let rows: [Row]

    public init(date: Day, rows: [Row]) {
        self.date = date
        self.rows = rows
    }

    public init(_ snapshot: WorkforceSnapshot) {
        let day = snapshot.date
        let holders = snapshot.staff.filter { $0.isEmployed(on: day) && ($0.cases ?? 0) > 0 }
        func ratio(_ people: [StaffMember]) -> (Int, MeasureRatio) {
            let cases = people.reduce(0) { $0 + ($1.cases ?? 0) }
            return (cases, MeasureRatio(Double(cases), people.reduce(0) { $0 + $1.fte }))
        }
        self.init(date: day, rows: snapshot.teamNames.map { name in
            let team = snapshot.team(named: name)
            let inTeam = holders.filter { $0.team == name }
            let pa = inTeam.filter { WorkforceRole(role: $0.role) == .personalAdviser }
            let sw = inTeam.filter { WorkforceRole(role: $0.role) != .personalAdviser }
            let (swCases, swRatio) = ratio(sw), (paCases, paRatio) = ratio(pa)
            return Row(team: name, kind: team?.kind ?? TeamKind(guessingFrom: name), socialWorkerCases: swCases, socialWorker: swRatio,
                       personalAdviserCases: paCases, personalAdviser: paRatio, caseloadTarget: team?.caseloadTarget)
        })
    }
}

import HearthCore

/// The whole service's staffing on one day: the sum of its teams.
public struct StaffingLevels: Sendable, Hashable, Codable {
    public let date: Day
    public let teams: [TeamStaffing]

    public init(date: Day, teams: [TeamStaffing]) {
        self.date = date
        self.teams = teams
    }

    /// Staffing of every team on `day`. Each team's vacancies are worked out on its own, so one
    /// team over establishment does not hide another's vacancies.
    public init(_ snapshot: WorkforceSnapshot, on day: Day) {
        let employed = snapshot.staff.filter { $0.isEmployed(on: day) }
        let teams = snapshot.teamNames.map { name -> TeamStaffing in
            let team = snapshot.team(named: name)
            let members = employed.filter { $0.team == name }
            let inPost = members.filter(\.contract.isInPost)
            let holders = members.filter { ($0.cases ?? 0) > 0 }
            return TeamStaffing(
                team: name, kind: team?.kind ?? TeamKind(guessingFrom: name), establishmentFTE: team?.establishmentFTE ?? 0,
                inPostFTE: inPost.reduce(0) { $0 + $1.fte }, agencyFTE: members.filter { $0.contract == .agency }.reduce(0) { $0 + $1.fte },
                absentFTE: inPost.reduce(0) { $0 + $1.absentFTE(on: day) }, cases: holders.reduce(0) { $0 + ($1.cases ?? 0) },
                caseHolderFTE: holders.reduce(0) { $0 + $1.fte }, caseloadTarget: team?.caseloadTarget)
        }
        self.init(date: day, teams: teams)
    }

    public var establishmentFTE: Double { sum(\.establishmentFTE) }
    public var inPostFTE: Double { sum(\.inPostFTE) }
    public var agencyFTE: Double { sum(\.agencyFTE) }
    public var vacancyFTE: Double { sum(\.vacancyFTE) }
    public var absentFTE: Double { sum(\.absentFTE) }
    public var agencyCoveringVacanciesFTE: Double { sum(\.agencyCoveringVacanciesFTE) }

    /// DfE: vacancies ÷ (vacancies + in post).
    public var vacancyRate: MeasureRatio { MeasureRatio(vacancyFTE, vacancyFTE + inPostFTE) }
    /// DfE: agency ÷ (agency + in post).
    public var agencyRate: MeasureRatio { MeasureRatio(agencyFTE, agencyFTE + inPostFTE) }
    /// DfE's "vacancies covered by agency workers": agency FTE covering vacancies ÷ vacancies.
    public var agencyCoverOfVacancies: MeasureRatio { MeasureRatio(agencyCoveringVacanciesFTE, vacancyFTE) }
    /// DfE: cases ÷ FTE of case holders (agency included).
    public var caseload: MeasureRatio {
        MeasureRatio(Double(teams.reduce(0) { $0 + $1.cases }), sum(\.caseHolderFTE))
    }
    public var uncoveredGap: UncoveredVacancyGap {
        UncoveredVacancyGap(vacancyFTE: vacancyFTE, absentFTE: absentFTE, agencyFTE: agencyFTE,
                            establishmentFTE: establishmentFTE > 0 ? establishmentFTE : nil)
    }

    private func sum(_ key: KeyPath<TeamStaffing, Double>) -> Double { teams.reduce(0) { $0 + $1[keyPath: key] } }
}

import HearthCore

/// One team's staffing and caseload on a day.
public struct TeamStaffing: Sendable, Hashable, Codable {
    public let team: String
    public let kind: TeamKind
    public let establishmentFTE: Double
    /// Permanent and seconded staff employed on the day (absent ones included, as DfE counts).
    public let inPostFTE: Double
    public let agencyFTE: Double
    /// Funded posts not filled by an in-post worker: establishment less in post, at least 0.
    public let vacancyFTE: Double
    /// In-post FTE away from post (maternity, long-term sickness, secondment, career break).
    public let absentFTE: Double
    /// Agency FTE taken to cover the team's vacancies: as much agency as there are vacancies.
    public let agencyCoveringVacanciesFTE: Double
    public let cases: Int
    /// FTE of workers (agency included) holding at least one case.
    public let caseHolderFTE: Double
    public let caseloadTarget: Double?

    public init(team: String, kind: TeamKind, establishmentFTE: Double, inPostFTE: Double, agencyFTE: Double,
                absentFTE: Double, cases: Int, caseHolderFTE: Double, caseloadTarget: Double?) {
        self.team = team
        self.kind = kind
        self.establishmentFTE = establishmentFTE
        self.inPostFTE = inPostFTE
        self.agencyFTE = agencyFTE
        self.vacancyFTE = max(0, establishmentFTE - inPostFTE)
        self.absentFTE = absentFTE
        self.agencyCoveringVacanciesFTE = min(agencyFTE, max(0, establishmentFTE - inPostFTE))
        self.cases = cases
        self.caseHolderFTE = caseHolderFTE
        self.caseloadTarget = caseloadTarget
    }

    /// Cases per case-holding FTE (DfE's caseload definition, for one team).
    public var caseload: MeasureRatio { MeasureRatio(Double(cases), caseHolderFTE) }

    /// Caseload less target: positive when over target; nil without a target or case holders.
    public var caseloadAboveTarget: Double? {
        guard let target = caseloadTarget, let c = caseload.ratio else { return nil }
        return c - target
    }

    public var uncoveredGap: UncoveredVacancyGap {
        UncoveredVacancyGap(vacancyFTE: vacancyFTE, absentFTE: absentFTE, agencyFTE: agencyFTE,
                            establishmentFTE: establishmentFTE > 0 ? establishmentFTE : nil)
    }
}

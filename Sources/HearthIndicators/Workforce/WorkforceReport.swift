import HearthCore

/// Every workforce measure for one snapshot: what `hearth workforce` prints and the workforce
/// pages show. Build it with `WorkforceReport(snapshot)`; it is plain data (Codable) after that.
public struct WorkforceReport: Sendable, Hashable, Codable {
    public let date: Day
    public let yearStart: Day
    /// Social workers' staffing by team on the as-at date (personal advisers are not in DfE's
    /// census measures; `teamCaseloads` gives their caseloads).
    public let levels: StaffingLevels
    public let vacancyRate: MeasureRatio
    public let agencyRate: MeasureRatio
    public let agencyCoverOfVacancies: MeasureRatio
    public let turnover: MeasureRatio
    public let sicknessAbsence: MeasureRatio
    public let caseload: MeasureRatio
    public let uncoveredGap: UncoveredVacancyGap
    /// After 1 and after 2 years.
    public let nqswRetention: [NQSWRetention]
    public let recruitment: [RecruitmentFunnel]
    /// Twelve month ends, oldest first.
    public let trend: [WorkforceTrendPoint]
    public let cost: WorkforceCost
    /// Agency rate of practitioners, managers and senior leaders at each of the twelve month ends.
    public let agencyBySeniority: AgencyRateBySeniority
    /// Agency workers taken on permanently in the year.
    public let conversions: AgencyConversions
    /// Leavers in the year by reason and length of service; average service of those in post.
    public let leavers: LeaverProfile
    /// Age and ethnicity of those in post, beside the population.
    public let diversity: WorkforceDiversity
    /// Each route in with its retention after 1, 2 and 3 years.
    public let trainees: TraineeCohorts
    /// Caseloads per social worker and per personal adviser, by team.
    public let teamCaseloads: TeamCaseloads

    /// - Parameter population: the authority's residents by ethnic group (and England's), set
    ///   beside the workforce's ethnicity; none when the authority is not known.
    public init(_ snapshot: WorkforceSnapshot, calendar: WorkingDayCalendar = .englandAndWales,
                population: EthnicPopulation.Area? = nil, england: EthnicPopulation.Area? = EthnicPopulation.shipped.england) {
        // DfE's census measures count social workers: personal advisers are left out of them.
        let census = snapshot.socialWorkers
        let levels = StaffingLevels(census, on: snapshot.date)
        self.date = snapshot.date
        self.yearStart = snapshot.yearStart
        self.levels = levels
        self.vacancyRate = levels.vacancyRate
        self.agencyRate = levels.agencyRate
        self.agencyCoverOfVacancies = levels.agencyCoverOfVacancies
        self.turnover = WorkforceMeasures.turnover(census)
        self.sicknessAbsence = WorkforceMeasures.sicknessAbsence(census, calendar: calendar)
        self.caseload = levels.caseload
        self.uncoveredGap = levels.uncoveredGap
        self.nqswRetention = [1, 2].map { NQSWRetention(census, years: $0) }
        self.recruitment = snapshot.campaigns.sorted { $0.opened < $1.opened }.map(RecruitmentFunnel.init)
        self.trend = WorkforceTrendPoint.monthly(census)
        self.cost = WorkforceCost(permanentPerFTE: snapshot.rates.permanentPerFTE, agencyPerFTE: snapshot.rates.agencyPerFTE,
                                  inPostFTE: levels.inPostFTE, agencyFTE: levels.agencyFTE)
        self.agencyBySeniority = AgencyRateBySeniority(snapshot)
        self.conversions = AgencyConversions(snapshot)
        self.leavers = LeaverProfile(snapshot)
        self.diversity = WorkforceDiversity(snapshot, population: population, england: england)
        self.trainees = TraineeCohorts(snapshot)
        self.teamCaseloads = TeamCaseloads(snapshot)
    }
}

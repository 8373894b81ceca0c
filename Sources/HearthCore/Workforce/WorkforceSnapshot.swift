/// The workforce as at one date: the input every workforce measure reads. Built from the HR
/// records (`StaffingRecords`) or from the DfE census (`init(census:rates:)`), so the same
/// measures run whichever the authority has.
public struct WorkforceSnapshot: Sendable, Hashable, Codable {
    /// The as-at date (30 September for the census).
    public let date: Day
    public let teams: [Team]
    /// Everyone in the records, leavers included: turnover, retention and the trend need them.
    public let staff: [StaffMember]
    public let campaigns: [RecruitmentCampaign]
    public let rates: WorkforceCostRates

    public init(date: Day, teams: [Team], staff: [StaffMember], campaigns: [RecruitmentCampaign] = [],
                rates: WorkforceCostRates = .illustrative) {
        self.date = date
        self.teams = teams
        self.staff = staff
        self.campaigns = campaigns
        self.rates = rates
    }

    public init(records: StaffingRecords, date: Day, rates: WorkforceCostRates = .illustrative) {
        self.init(date: date, teams: records.teams, staff: records.staff, campaigns: records.campaigns, rates: rates)
    }

    /// First day of the year that ends on `date` (1 October for a 30 September census).
    public var yearStart: Day { date.adding(years: -1).adding(days: 1) }

    /// Staff of every team named in the staff list but missing from the teams list are still
    /// counted; this gives the teams to report on, listed teams first.
    public var teamNames: [String] {
        var names = teams.map(\.name)
        for s in staff where !names.contains(s.team) { names.append(s.team) }
        return names
    }

    public func team(named name: String) -> Team? { teams.first { $0.name == name } }
}

extension WorkforceSnapshot {
    /// The snapshot with personal advisers left out: DfE's workforce census counts children and
    /// family social workers, and a care leavers' personal adviser need not be one (the census
    /// has no such role), so the census measures (vacancies, agency, turnover, absence,
    /// caseload, the gap, cost and the monthly trend) are read from this. The profile measures
    /// that give personal advisers their own figures read the whole snapshot.
    public var socialWorkers: WorkforceSnapshot {
        WorkforceSnapshot(date: date, teams: teams, staff: staff.filter { WorkforceRole(role: $0.role) != .personalAdviser },
                          campaigns: campaigns, rates: rates)
    }
}

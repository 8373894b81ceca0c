/// What the council's HR system holds about its social work service: teams with their
/// establishment and caseload targets, everyone employed or engaged (including leavers), and
/// recruitment campaigns. The local counterpart of the DfE census, read from the staff, teams and
/// recruitment CSVs.
public struct StaffingRecords: Sendable, Hashable, Codable {
    public let teams: [Team]
    public let staff: [StaffMember]
    public let campaigns: [RecruitmentCampaign]

    public init(teams: [Team], staff: [StaffMember], campaigns: [RecruitmentCampaign] = []) {
        self.teams = teams
        self.staff = staff
        self.campaigns = campaigns
    }

    /// The latest date in the records (a start, end or absence date): the as-at date to use when
    /// none is given, since an export lists nothing after the day it was taken.
    public var latestDate: Day? {
        staff.flatMap { s in [s.startDate, s.endDate].compactMap { $0 } + s.absences.map(\.from) }.max()
    }
}

/// One worker in the children's social work workforce census (worker-level, at 30 September).
public struct SocialWorker: Sendable, Equatable {
    /// Social Work England registration number or local identifier.
    public let workerID: String
    /// Agency worker (not paid directly by the authority).
    public let isAgency: Bool
    /// Full-time equivalent, 0–1.
    public let fte: Double
    /// Team name (local; not in the DfE census).
    public let team: String?
    /// `OrgRole`: 1 senior manager, 2 middle manager, 3 first line manager, 4 senior practitioner, 5 case holder, 6 qualified without cases.
    public let role: String?
    /// `PersonBirthDate`
    public let birthDate: Day?
    /// `GenderCurrent`
    public let sex: String?
    /// `Ethnicity`
    public let ethnicity: String?
    /// `RoleStartDate`
    public let roleStartDate: Day?
    /// `RoleEndDate`: set for leavers in the year.
    public let roleEndDate: Day?
    /// `StartOrigin`: where a starter came from (e.g. newly qualified).
    public let startOrigin: String?
    /// `ReasonLeave`
    public let reasonLeft: String?
    /// In the ASYE (assessed first year in employment).
    public let isNewlyQualified: Bool?
    /// `Cases30`: cases held at 30 September.
    public let cases: Int?
    /// `WorkingDaysLost` to sickness absence in the year.
    public let workingDaysLost: Double?
    /// `Absat30Sept`
    public let absentAtCensus: Bool?
    /// `ReasonAbsence`: MAT, OTH, PAT, SICK, TRN, UNP …
    public let reasonAbsent: String?

    public init(workerID: String, isAgency: Bool, fte: Double, team: String? = nil, role: String? = nil, birthDate: Day? = nil, sex: String? = nil, ethnicity: String? = nil, roleStartDate: Day? = nil, roleEndDate: Day? = nil, startOrigin: String? = nil, reasonLeft: String? = nil, isNewlyQualified: Bool? = nil, cases: Int? = nil, workingDaysLost: Double? = nil, absentAtCensus: Bool? = nil, reasonAbsent: String? = nil) {
        self.workerID = workerID
        self.isAgency = isAgency
        self.fte = fte
        self.team = team
        self.role = role
        self.birthDate = birthDate
        self.sex = sex
        self.ethnicity = ethnicity
        self.roleStartDate = roleStartDate
        self.roleEndDate = roleEndDate
        self.startOrigin = startOrigin
        self.reasonLeft = reasonLeft
        self.isNewlyQualified = isNewlyQualified
        self.cases = cases
        self.workingDaysLost = workingDaysLost
        self.absentAtCensus = absentAtCensus
        self.reasonAbsent = reasonAbsent
    }
}

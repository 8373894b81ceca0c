/// One contract of a social worker (or personal adviser) as the council's HR system knows it:
/// contract, team, FTE, dates, the cases they hold and their long absences. A person whose
/// contract changes (an agency worker taking a permanent post) has one record per contract, with
/// the same `staffID` and each its own start date.
public struct StaffMember: Sendable, Hashable, Codable {
    public let staffID: String
    public let team: String
    public let contract: ContractType
    /// Full-time equivalent, 0–1.
    public let fte: Double
    /// Job role as exported (a census `OrgRole` code or the council's own title).
    public let role: String?
    /// Joined the council as a newly qualified social worker (the ASYE / academy cohort).
    /// Stays true after the ASYE year, so retention of each cohort can be followed.
    public let isNQSW: Bool
    /// The route into social work as this record gives it: `routeIn`, or ASYE for a newly
    /// qualified worker with none recorded.
    public var route: RouteIn? { routeIn ?? (isNQSW ? .asye : nil) }
    public let startDate: Day?
    /// Last day of service; nil while in post.
    public let endDate: Day?
    public let leavingReason: String?
    /// Cases allocated at the as-at date.
    public let cases: Int?
    public let absences: [Absence]
    /// Working days lost to sickness in the year to the as-at date, when HR records it (the
    /// census's `WorkingDaysLost`). When nil the sickness absences' working days are counted.
    public let sicknessDaysLost: Double?
    /// Date of birth (the census's `PersonBirthDate`), for the age profile.
    public let birthDate: Day?
    /// Ethnicity as the DfE census codes it (`WBRI`, `MWBC`, `AIND` …), or as exported.
    public let ethnicity: String?
    /// How a trainee came into social work; nil when not recorded (see `RouteIn`).
    public let routeIn: RouteIn?

    public init(staffID: String, team: String, contract: ContractType, fte: Double, role: String? = nil,
                isNQSW: Bool = false, startDate: Day? = nil, endDate: Day? = nil, leavingReason: String? = nil,
                cases: Int? = nil, absences: [Absence] = [], sicknessDaysLost: Double? = nil,
                birthDate: Day? = nil, ethnicity: String? = nil, routeIn: RouteIn? = nil) {
        self.staffID = staffID
        self.team = team
        self.contract = contract
        self.fte = fte
        self.role = role
        self.isNQSW = isNQSW
        self.startDate = startDate
        self.endDate = endDate
        self.leavingReason = leavingReason
        self.cases = cases
        self.absences = absences
        self.sicknessDaysLost = sicknessDaysLost
        self.birthDate = birthDate
        self.ethnicity = ethnicity
        self.routeIn = routeIn
    }

    /// Working on `day`. Someone whose last day is `day` has left by the end of it, as the
    /// census counts a worker leaving on 30 September as a leaver, not in post.
    public func isEmployed(on day: Day) -> Bool {
        (startDate.map { $0 <= day } ?? true) && (endDate.map { $0 > day } ?? true)
    }

    /// FTE away from post on `day` (at most the worker's own FTE).
    public func absentFTE(on day: Day) -> Double {
        min(fte, absences.filter { $0.covers(day) }.reduce(0) { $0 + $1.fte })
    }

    /// The same record with other absences (readers gather a person's rows this way).
    public func with(absences: [Absence]) -> StaffMember {
        StaffMember(staffID: staffID, team: team, contract: contract, fte: fte, role: role, isNQSW: isNQSW,
                    startDate: startDate, endDate: endDate, leavingReason: leavingReason, cases: cases,
                    absences: absences, sicknessDaysLost: sicknessDaysLost, birthDate: birthDate, ethnicity: ethnicity,
                    routeIn: routeIn)
    }
}

import HearthCore

/// Column names of Hearth's worker-level workforce CSV and vacancies CSV.
///
/// The worker file follows the DfE children's social work workforce census (CSWW) item names
/// where the census has the item (`FTE`, `OrgRole`, `PersonBirthDate`, `GenderCurrent`,
/// `Ethnicity`, `RoleStartDate`, `RoleEndDate`, `StartOrigin`, `ReasonLeave`, `Cases30`,
/// `WorkingDaysLost`, `Absat30Sept`, `ReasonAbsence`). `WorkerID` also accepts the census's
/// `SWENo`, and `Agency` its `AgencyWorker`. `Team` and `ASYE` are local additions.
public enum WorkforceColumns {
    public static let workerID = "WorkerID"
    public static let agency = "Agency"
    public static let fte = "FTE"
    public static let team = "Team"
    public static let orgRole = "OrgRole"
    public static let birthDate = "PersonBirthDate"
    public static let gender = "GenderCurrent"
    public static let ethnicity = "Ethnicity"
    public static let roleStartDate = "RoleStartDate"
    public static let roleEndDate = "RoleEndDate"
    public static let startOrigin = "StartOrigin"
    public static let reasonLeave = "ReasonLeave"
    public static let asye = "ASYE"
    public static let cases = "Cases30"
    public static let workingDaysLost = "WorkingDaysLost"
    public static let absent = "Absat30Sept"
    public static let reasonAbsence = "ReasonAbsence"

    /// Worker file columns in the order the writer writes them.
    public static let workerHeadings = [
        workerID, agency, fte, team, orgRole, birthDate, gender, ethnicity, roleStartDate, roleEndDate,
        startOrigin, reasonLeave, asye, cases, workingDaysLost, absent, reasonAbsence,
    ]
    /// Columns a worker file must have to be recognised.
    public static let workerKeys = [workerID, agency, fte]

    public static let vacancyTeam = "Team"
    public static let vacancyFTE = "VacancyFTE"
    public static let vacancyHeadings = [vacancyTeam, vacancyFTE]

    static let aliases: [String: [String]] = [
        workerID: ["SWENo", "Worker ID", "SWE Registration Number"],
        agency: ["AgencyWorker", "Agency Worker"],
        team: ["Team Name"],
        asye: ["NQSW", "InASYE"],
        vacancyFTE: ["Vacancy FTE", "VacanciesFTE", "Vacancies FTE", "Vacancies"],
    ]

    /// `OrgRole`: 1 senior manager … 6 qualified without cases.
    public static let orgRoles = CodeList("OrgRole", [
        ("1", "Senior manager"), ("2", "Middle manager"), ("3", "First line manager"),
        ("4", "Senior practitioner"), ("5", "Case holder"), ("6", "Qualified without cases"),
    ])

    public static let reasonsAbsent = CodeList("ReasonAbsence", [
        ("MAT", "Maternity leave"), ("OTH", "Other paid authorised absence"),
        ("PAT", "Paternity leave"), ("SICK", "Sickness"), ("TRN", "Training"), ("UNP", "Unpaid authorised absence"),
    ])

    /// Positions of the named columns in a heading row, matched case-insensitively with aliases.
    static func positions(of columns: [String], in headings: [String]) -> [String: Int] {
        let normalised = headings.map(AnnexAHeading.normalised)
        var out: [String: Int] = [:]
        for column in columns {
            for name in [column] + (aliases[column] ?? []) {
                if let i = normalised.firstIndex(of: AnnexAHeading.normalised(name)) { out[column] = i; break }
            }
        }
        return out
    }
}

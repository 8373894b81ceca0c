/// Column names of the council's own workforce CSVs: staff (one row per person, as an HR system
/// exports them), teams, recruitment campaigns, and the placement cost table. Headings match
/// case-insensitively, with spaces or hyphens for underscores ("Staff ID" = `staff_id`).
public enum StaffingColumns {
    public static let staffID = "staff_id", team = "team", contract = "contract", fte = "fte", role = "role"
    public static let nqsw = "nqsw", startDate = "start_date", endDate = "end_date", leavingReason = "leaving_reason"
    public static let cases = "cases", absenceKind = "absence_kind", absenceFrom = "absence_from"
    public static let absenceTo = "absence_to", absenceFTE = "absence_fte"
    /// Optional: working days lost to sickness in the year, when HR records them.
    public static let sicknessDaysLost = "sickness_days_lost"
    /// Optional: date of birth (age profile), yyyy-mm-dd or dd/mm/yyyy.
    public static let birthDate = "birth_date"
    /// Optional: ethnicity, a DfE census code (`WBRI`, `WIRI`, `WOTH`, `WIRT`, `WROM`, `MWBC`, `MWBA`,
    /// `MWAS`, `MOTH`, `AIND`, `APKN`, `ABAN`, `AOTH`, `BCRB`, `BAFR`, `BOTH`, `CHNE`, `OOTH`,
    /// `REFU`, `NOBT`) or the group's words; read into five groups by `EthnicGroup`.
    public static let ethnicity = "ethnicity"
    /// Optional: route into social work, `asye`, `step_up`, `frontline`, `apprenticeship` or
    /// `overseas` (`RouteIn`); blank with `nqsw` y reads as asye.
    public static let routeIn = "route_in"

    /// `role` holds a census `OrgRole` code (1 senior manager; 2, 3 managers; 4, 5, 6
    /// practitioners), a job title, or `PA` / `personal adviser` for a care leavers' personal
    /// adviser (`WorkforceRole`).
    ///
    /// A row per contract: rows with the same `staff_id` and the same `start_date` are one contract
    /// (each row may add an absence); a row with the same `staff_id` and another `start_date` is a
    /// new contract of the same person, such as an agency worker taking a permanent post (the
    /// agency row ends, the permanent row starts).
    public static let staffHeadings = [staffID, team, contract, fte, role, nqsw, startDate, endDate, leavingReason,
                                       cases, absenceKind, absenceFrom, absenceTo, absenceFTE, sicknessDaysLost,
                                       birthDate, ethnicity, routeIn]
    public static let staffRequired = [staffID, team, contract, fte]

    public static let kind = "kind", establishmentFTE = "establishment_fte", caseloadTarget = "caseload_target"
    public static let teamHeadings = [team, kind, establishmentFTE, caseloadTarget]
    public static let teamRequired = [team, kind, establishmentFTE]

    public static let campaign = "campaign", opened = "opened", closed = "closed", applications = "applications"
    public static let shortlisted = "shortlisted", interviewed = "interviewed", offered = "offered"
    public static let appointed = "appointed", inPost12Months = "in_post_12_months"
    public static let campaignHeadings = [campaign, opened, closed, applications, shortlisted, interviewed, offered,
                                          appointed, inPost12Months]
    public static let campaignRequired = [campaign, opened, applications, shortlisted, interviewed, offered, appointed]

    public static let placement = "placement", provider = "provider", weeklyCost = "weekly_cost", note = "note"
    public static let costHeadings = [placement, provider, weeklyCost, note]
    public static let costRequired = [placement, weeklyCost]

    /// Which of these files a heading row belongs to, by the columns that only it has.
    public static func recognise(headings: [String]) -> ReturnFileKind? {
        let found = Set(headings.map(normalised))
        if found.isSuperset(of: [staffID, contract]) { return .workforceStaff }
        if found.isSuperset(of: [team, establishmentFTE]) { return .workforceTeams }
        if found.isSuperset(of: [campaign, applications]) { return .recruitmentCampaigns }
        if found.isSuperset(of: [placement, weeklyCost]) { return .placementCosts }
        return nil
    }

    static func normalised(_ heading: String) -> String {
        heading.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    /// Positions of the named columns in a heading row.
    static func positions(of columns: [String], in headings: [String]) -> [String: Int] {
        let names = headings.map(normalised)
        var out: [String: Int] = [:]
        for c in columns { if let i = names.firstIndex(of: c) { out[c] = i } }
        return out
    }
}

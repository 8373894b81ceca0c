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

    public static let staffHeadings = [staffID, team, contract, fte, role, nqsw, startDate, endDate, leavingReason,
                                       cases, absenceKind, absenceFrom, absenceTo, absenceFTE, sicknessDaysLost]
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

import HearthCore

/// Writes the council workforce CSVs that the staffing readers read back: staff, teams,
/// recruitment and placement costs. Dates as ISO (yyyy-mm-dd), which no spreadsheet misreads.
public enum StaffingCSVWriter {
    /// One row per contract; a contract with several absences gets one row per absence, the other
    /// details repeated, as HR exports do.
    public static func staff(_ staff: [StaffMember]) -> String {
        var rows: [[String]] = []
        for s in staff {
            let details = [s.staffID, s.team, s.contract.rawValue, number(s.fte), s.role ?? "", s.isNQSW ? "y" : "n",
                           s.startDate?.iso ?? "", s.endDate?.iso ?? "", s.leavingReason ?? "", s.cases.map(String.init) ?? ""]
            let lost = s.sicknessDaysLost.map(number) ?? ""
            let profile = [s.birthDate?.iso ?? "", s.ethnicity ?? "", s.routeIn?.rawValue ?? ""]
            if s.absences.isEmpty { rows.append(details + ["", "", "", "", lost] + profile) }
            for a in s.absences {
                rows.append(details + [a.kind.rawValue, a.from.iso, a.to?.iso ?? "", number(a.fte), lost] + profile)
            }
        }
        return CSVWriter.table(headings: StaffingColumns.staffHeadings, rows: rows)
    }

    public static func teams(_ teams: [Team]) -> String {
        CSVWriter.table(headings: StaffingColumns.teamHeadings, rows: teams.map {
            [$0.name, $0.kind.rawValue, number($0.establishmentFTE), $0.caseloadTarget.map(number) ?? ""]
        })
    }

    public static func campaigns(_ campaigns: [RecruitmentCampaign]) -> String {
        CSVWriter.table(headings: StaffingColumns.campaignHeadings, rows: campaigns.map { c in
            [c.name, c.opened.iso, c.closed?.iso ?? "", String(c.applications), String(c.shortlisted), String(c.interviewed),
             String(c.offered), String(c.appointed), c.stillInPostAfter12Months.map(String.init) ?? ""]
        })
    }

    public static func costs(_ table: PlacementCostTable) -> String {
        CSVWriter.table(headings: StaffingColumns.costHeadings, rows: table.lines.map {
            [$0.placement, $0.provider ?? "", number($0.weeklyCost), $0.note ?? ""]
        })
    }

    private static func number(_ n: Double) -> String { XLSXCellValue.format(n) }
}

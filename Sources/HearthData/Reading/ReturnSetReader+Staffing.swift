import Foundation
import HearthCore

extension ReturnSetReader {
    /// The council's staff, teams and recruitment files, and the placement cost table (kept so
    /// an import can store it; nil when it prices nothing). One file of each kind is used, the
    /// first by path.
    func readStaffing(staff: [URL], teams: [URL], campaigns: [URL], costs: [URL]) async -> StaffingRead {
        var files: [RecognisedFile] = [], problems: [DataProblem] = []
        for extra in staff.dropFirst() + teams.dropFirst() + campaigns.dropFirst() + costs.dropFirst() {
            problems.append(DataProblem(.warning, file: extra.lastPathComponent, message: "more than one file of this kind; the first is used"))
        }
        func note<Row>(_ url: URL, _ kind: ReturnFileKind, _ result: StaffingFileResult<Row>) -> [Row] {
            problems += result.problems
            files.append(RecognisedFile(name: url.lastPathComponent, kind: result.hasFatal ? .unrecognised : kind,
                                        bytes: Self.size(url), rows: result.rows.count))
            return result.hasFatal ? [] : result.rows
        }
        let people = staff.first.map { note($0, .workforceStaff, StaffCSVReader.read(url: $0)) }
        let teamRows = teams.first.map { note($0, .workforceTeams, TeamCSVReader.read(url: $0)) } ?? []
        let campaignRows = campaigns.first.map { note($0, .recruitmentCampaigns, CampaignCSVReader.read(url: $0)) } ?? []
        let costLines = costs.first.map { note($0, .placementCosts, PlacementCostCSVReader.read(url: $0)) } ?? []
        let table = costLines.isEmpty ? nil : PlacementCostTable(lines: costLines)
        guard let people else {
            for url in teams.prefix(1) + campaigns.prefix(1) {
                problems.append(DataProblem(.warning, file: url.lastPathComponent, message: "no staff file beside it, so it is not used"))
            }
            return StaffingRead(files: files, problems: problems, records: nil, placementCosts: table)
        }
        if let url = staff.first, teams.isEmpty {
            problems.append(DataProblem(.warning, file: url.lastPathComponent,
                                        message: "no teams file: vacancies and caseload targets cannot be worked out"))
        }
        return StaffingRead(files: files, problems: problems,
                            records: StaffingRecords(teams: teamRows, staff: people, campaigns: campaignRows), placementCosts: table)
    }
}

/// What `readStaffing` found: the files, their problems, the staff records and the cost table.
struct StaffingRead: Sendable {
    let files: [RecognisedFile]
    let problems: [DataProblem]
    let records: StaffingRecords?
    let placementCosts: PlacementCostTable?
}

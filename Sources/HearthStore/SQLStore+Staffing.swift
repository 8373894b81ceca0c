import HearthCore
import SQLKit

extension SQLStore {
    public func latestStaffing(authority: String) async throws -> StaffingRecords? {
        try await read(authority: authority) { tables in
            // The latest collection year, as the returns are chosen, so the staff are measured with
            // the census and returns of the same year; within a year the latest import. A set of
            // staff files alone has no year and counts as the newest.
            guard let id = try await tables.db.raw("""
                SELECT s.id FROM submissions s WHERE s.authority = \(bind: authority)
                AND EXISTS (SELECT 1 FROM staffing_staff t WHERE t.submission_id = s.id)
                ORDER BY COALESCE(s.collection_year, 9999) DESC, s.id DESC LIMIT 1
                """).first(decodingColumn: "id", as: Int.self) else { return nil }
            let reader = StaffingReader(db: tables.db, submission: id)
            return StaffingRecords(teams: try await reader.teams(), staff: try await reader.staff(),
                                   campaigns: try await tables.campaigns())
        }
    }

    public func campaigns(authority: String) async throws -> [RecruitmentCampaign] {
        try await read(authority: authority) { try await $0.campaigns() }
    }

    public func saveCampaign(_ campaign: RecruitmentCampaign, authority: String) async throws {
        let row = CampaignRow(campaign)
        try await transaction(authority: authority) { try await $0.save(row) }
    }

    public func placementCosts(authority: String) async throws -> PlacementCostTable? {
        let lines = try await read(authority: authority) { try await $0.rows(PlacementCostRow.self) }.map(\.line)
        return lines.isEmpty ? nil : PlacementCostTable(lines: lines)
    }

    /// An empty table leaves none stored, so `placementCosts` is nil again.
    public func savePlacementCosts(_ table: PlacementCostTable, authority: String) async throws {
        let rows = PlacementCostRow.rows(table)
        try await transaction(authority: authority) { try await $0.replace(rows, matching: [:]) }
    }
}

extension AuthorityTables {
    /// By opening date, then name; sorted here so both databases give the same order.
    func campaigns() async throws -> [RecruitmentCampaign] {
        try await rows(CampaignRow.self).map { try $0.campaign() }.sorted { ($0.opened, $0.name) < ($1.opened, $1.name) }
    }
}

import HearthCore

/// Where the workforce and placement-cost records are kept beside the returns: the staff, teams
/// and absences of each submission that carried a staff file; the authority's recruitment
/// campaigns (imported or recorded in the web app, one per name); the authority's placement cost
/// table (imported or edited in the web app). Each method is one transaction.
public protocol StaffingStore: Sendable {
    /// The staff and teams of the latest submission that held staff records, with the
    /// authority's campaigns; nil when no submission held any.
    func latestStaffing(authority: String) async throws -> StaffingRecords?
    /// The authority's recruitment campaigns, by opening date then name.
    func campaigns(authority: String) async throws -> [RecruitmentCampaign]
    /// Adds a campaign, or replaces the one with the same name.
    func saveCampaign(_ campaign: RecruitmentCampaign, authority: String) async throws
    /// The authority's placement cost table; nil until one is imported or entered.
    func placementCosts(authority: String) async throws -> PlacementCostTable?
    /// Replaces the authority's whole placement cost table.
    func savePlacementCosts(_ table: PlacementCostTable, authority: String) async throws
}

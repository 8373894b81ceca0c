import Foundation
import HearthCore
import Testing
@testable import HearthData

/// The generator writes the council's staff, teams and recruitment CSVs and a placement cost
/// table beside the census, and they read back as written.
@Suite struct GeneratedStaffingTests {
    @Test func theStaffTeamsRecruitmentAndCostFilesReadBack() async throws {
        // Given a generated Halton written with its cost table
        let stats = try PublishedStatistics.shipped()
        let profile = try AuthorityProfile.published("876", collectionYear: 2025, statistics: stats)
        let dataset = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 3)
        let records = try #require(SyntheticAuthority().staffing(for: dataset, profile: profile, seed: 3))
        let costs = SyntheticPlacementCosts.table(for: dataset.ssda903, seed: 3)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-staffing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try ReturnSetWriter(annexAForm: .csv, staffing: records, placementCosts: costs).write(dataset, to: dir).map(\.lastPathComponent)
        // Then the four files are there
        for name in ["Workforce_staff_876.csv", "Workforce_teams_876.csv", "Workforce_recruitment_876.csv", "placement_costs.csv"] {
            #expect(files.contains(name))
        }
        // And reading the folder recognises them and gives back the records, without problems
        let set = await ReturnSetReader().read(directory: dir)
        #expect(set.problems.filter { $0.severity != .warning }.isEmpty, "\(set.problems.prefix(3))")
        let kinds = Set(set.files.map(\.kind))
        #expect(kinds.isSuperset(of: [.workforceStaff, .workforceTeams, .recruitmentCampaigns, .placementCosts]))
        #expect(set.staffing == records)
        #expect(set.dataset.workforce == dataset.workforce)
        #expect(records.teams.count >= 6)
        #expect(records.staff.count > (dataset.workforce?.workers.count ?? 0))
        #expect(records.staff.contains { !$0.absences.isEmpty })
        #expect(records.campaigns.count == 4)
        #expect(costs.lines.contains { $0.weeklyCost >= 10_000 })
    }
}

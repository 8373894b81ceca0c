import Foundation
import HearthCore
import HearthData
@testable import HearthStore
import Testing

/// The staff records, campaigns and cost table, on every database.
@Suite("Staffing store")
struct StaffingStoreTests {
    @Test("an import gives back the staff records and cost table the reader read", arguments: Backend.available)
    func importRoundTrip(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let read = try #require(returns.returnSet.staffing)
        let costs = try #require(returns.returnSet.placementCosts)
        // Absences, teams and campaigns must be there, or the comparison proves little.
        #expect(read.staff.contains { !$0.absences.isEmpty } && !read.teams.isEmpty && !read.campaigns.isEmpty)
        try await backend.withStore { store in
            guard case .stored = try await store.importSubmission(returns.request()) else {
                Issue.record("not stored")
                return
            }
            let stored = try #require(try await store.latestStaffing(authority: "857"))
            #expect(stored.teams == read.teams)
            #expect(stored.staff == read.staff)
            #expect(stored.campaigns == Self.ordered(read.campaigns))
            #expect(try await store.campaigns(authority: "857") == Self.ordered(read.campaigns))
            #expect(try await store.placementCosts(authority: "857") == costs)
        }
    }

    @Test("a contract change and the profile columns (birth date, ethnicity, route in) come back as read", arguments: Backend.available)
    func profileRoundTrip(backend: Backend) async throws {
        // Given the generated staff with one person's agency contract and permanent contract added
        let returns = try await GeneratedReturns.rutland()
        let set = returns.returnSet
        let read = try #require(set.staffing)
        #expect(read.staff.contains { $0.birthDate != nil && $0.ethnicity != nil })
        let team = try #require(read.teams.first?.name)
        let changed = [
            StaffMember(staffID: "X1", team: team, contract: .agency, fte: 1, role: "5", startDate: Day(year: 2023, month: 2, day: 1),
                        endDate: Day(year: 2024, month: 8, day: 31), birthDate: Day(year: 1990, month: 2, day: 3), ethnicity: "BAFR"),
            StaffMember(staffID: "X1", team: team, contract: .permanent, fte: 0.8, role: "5", isNQSW: true, startDate: Day(year: 2024, month: 9, day: 1),
                        birthDate: Day(year: 1990, month: 2, day: 3), ethnicity: "BAFR", routeIn: .frontline),
        ]
        let records = StaffingRecords(teams: read.teams, staff: read.staff + changed, campaigns: read.campaigns)
        let request = ImportRequest(returnSet: ReturnSet(dataset: set.dataset, files: set.files, problems: set.problems, staffing: records,
                                                         placementCosts: set.placementCosts),
                                    files: returns.files, importedBy: "analyst")
        try await backend.withStore { store in
            guard case .stored = try await store.importSubmission(request) else {
                Issue.record("not stored")
                return
            }
            // Then both contracts, and every profile field, are given back
            let stored = try #require(try await store.latestStaffing(authority: "857"))
            #expect(stored.staff == records.staff)
            #expect(stored.staff.filter { $0.staffID == "X1" } == changed)
        }
    }

    @Test("the staff come from the latest submission that held any", arguments: Backend.available)
    func latestWithStaff(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let staffFiles = ["Workforce_staff", "Workforce_teams", "Workforce_recruitment"]
        let withoutStaff = returns.files.filter { url in !staffFiles.contains { url.lastPathComponent.hasPrefix($0) } }
        #expect(withoutStaff.count == returns.files.count - 3)
        let set = returns.returnSet
        let later = ImportRequest(returnSet: ReturnSet(dataset: set.dataset, files: set.files, problems: set.problems),
                                  files: withoutStaff, importedBy: "analyst")
        try await backend.withStore { store in
            #expect(try await store.latestStaffing(authority: "857") == nil)
            guard case .stored = try await store.importSubmission(returns.request()),
                  case .stored(let second) = try await store.importSubmission(later) else {
                Issue.record("not stored")
                return
            }
            #expect(try await store.rowCounts(submission: second.id)["staffing_staff"] == nil)
            #expect(try await store.latestStaffing(authority: "857")?.staff == set.staffing?.staff)
        }
    }

    @Test("an earlier year's staff imported later do not replace the latest year's", arguments: Backend.available)
    func latestYearWins(backend: Backend) async throws {
        let current = try await GeneratedReturns.rutland()
        let earlier = try await GeneratedReturns.make(seed: 9, year: 2024, authority: "857")
        try await backend.withStore { store in
            guard case .stored = try await store.importSubmission(current.request()),
                  case .stored = try await store.importSubmission(earlier.request()) else {
                Issue.record("not stored")
                return
            }
            // The census and returns of 2024-25 stay the latest; their staff must be the ones measured with them.
            #expect(try await store.latestStaffing(authority: "857")?.staff == current.returnSet.staffing?.staff)
        }
    }

    @Test("a refused import stores no staff, campaigns or costs", arguments: Backend.available)
    func refusedImport(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let set = returns.returnSet
        let broken = ReturnSet(dataset: set.dataset, files: set.files,
                               problems: set.problems + [DataProblem(.fatal, file: "episodes.csv", message: "cannot be read")],
                               staffing: set.staffing, placementCosts: set.placementCosts)
        try await backend.withStore { store in
            let outcome = try await store.importSubmission(ImportRequest(returnSet: broken, files: returns.files, importedBy: "analyst"))
            guard case .refused = outcome else {
                Issue.record("not refused: \(outcome)")
                return
            }
            #expect(try await store.latestStaffing(authority: "857") == nil)
            #expect(try await store.campaigns(authority: "857").isEmpty)
            #expect(try await store.placementCosts(authority: "857") == nil)
        }
    }

    @Test("campaigns are kept one per name, by opening date then name", arguments: Backend.available)
    func campaignUpsert(backend: Backend) async throws {
        let b = Self.campaign("Spring B", opened: "2024-03-01")
        let a = Self.campaign("Spring A", opened: "2024-03-01", closed: "2024-04-30", retained: 2)
        let c = Self.campaign("Winter", opened: "2023-01-09")
        let aAgain = Self.campaign("Spring A", opened: "2024-03-01", closed: "2024-05-31", applications: 40, retained: nil)
        try await backend.withStore { store in
            for campaign in [b, a, c] { try await store.saveCampaign(campaign, authority: "857") }
            #expect(try await store.campaigns(authority: "857") == [c, a, b])
            try await store.saveCampaign(aAgain, authority: "857")
            #expect(try await store.campaigns(authority: "857") == [c, aAgain, b])
        }
    }

    @Test("an import updates campaigns of the same name and keeps the others", arguments: Backend.available)
    func importUpsertsCampaigns(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let read = try #require(returns.returnSet.staffing)
        let first = try #require(read.campaigns.first)
        let edited = Self.campaign(first.name, opened: "2001-01-01")
        let own = Self.campaign("Entered in the web app", opened: "2002-02-02")
        try await backend.withStore { store in
            try await store.saveCampaign(edited, authority: "857")
            try await store.saveCampaign(own, authority: "857")
            _ = try await store.importSubmission(returns.request())
            #expect(try await store.campaigns(authority: "857") == Self.ordered(read.campaigns + [own]))
        }
    }

    @Test("a saved cost table replaces the whole table", arguments: Backend.available)
    func costTableReplace(backend: Backend) async throws {
        let second = PlacementCostTable(lines: [
            PlacementCost(placement: "K2", provider: "PR4", weeklyCost: 6_123.45, note: "framework rate"),
            PlacementCost(placement: "ifa_fostering", weeklyCost: 987.5),
        ])
        try await backend.withStore { store in
            #expect(try await store.placementCosts(authority: "857") == nil)
            try await store.savePlacementCosts(.illustrative, authority: "857")
            #expect(try await store.placementCosts(authority: "857") == .illustrative)
            try await store.savePlacementCosts(second, authority: "857")
            #expect(try await store.placementCosts(authority: "857") == second)
            try await store.savePlacementCosts(PlacementCostTable(lines: []), authority: "857")
            #expect(try await store.placementCosts(authority: "857") == nil)
        }
    }

    @Test("one authority's staff, campaigns and costs are not another's", arguments: Backend.available)
    func authorityIsolation(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let read = try #require(returns.returnSet.staffing)
        let other = Self.campaign(try #require(read.campaigns.first?.name), opened: "2010-10-10")
        let otherCosts = PlacementCostTable(lines: [PlacementCost(placement: "K1", weeklyCost: 1)])
        try await backend.withStore { store in
            _ = try await store.importSubmission(returns.request())
            #expect(try await store.latestStaffing(authority: "999") == nil)
            #expect(try await store.campaigns(authority: "999").isEmpty)
            #expect(try await store.placementCosts(authority: "999") == nil)
            try await store.saveCampaign(other, authority: "999")
            try await store.savePlacementCosts(otherCosts, authority: "999")
            #expect(try await store.campaigns(authority: "999") == [other])
            #expect(try await store.placementCosts(authority: "999") == otherCosts)
            #expect(try await store.campaigns(authority: "857") == Self.ordered(read.campaigns))
            #expect(try await store.placementCosts(authority: "857") == returns.returnSet.placementCosts)
            #expect(try await store.latestStaffing(authority: "857")?.staff == read.staff)
        }
    }

    /// The order the store promises.
    static func ordered(_ campaigns: [RecruitmentCampaign]) -> [RecruitmentCampaign] {
        campaigns.sorted { ($0.opened, $0.name) < ($1.opened, $1.name) }
    }

    static func campaign(_ name: String, opened: String, closed: String? = nil, applications: Int = 30,
                         retained: Int? = 1) -> RecruitmentCampaign {
        RecruitmentCampaign(name: name, opened: Day(iso: opened)!, closed: closed.flatMap { Day(iso: $0) },
                            applications: applications, shortlisted: 12, interviewed: 8, offered: 4, appointed: 3,
                            stillInPostAfter12Months: retained)
    }
}

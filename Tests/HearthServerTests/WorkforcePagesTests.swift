import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The workforce and placements pages show the same numbers as the engine, and only aggregates
/// to board members.
@Suite struct WorkforcePagesTests {
    @Test func theWorkforcePageShowsTheEnginesMeasuresAndTheGap() async throws {
        let f = try await ServerFixture.shared()
        let analysis = try #require(try await WorkforceService(store: f.store, indicators: f.app.indicators).analysis())
        try await f.withClient { client in
            let r = try await client.execute(uri: Site.workforce.path, method: .get, headers: f.headers(.board))
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            #expect(html.contains("Uncovered vacancy gap"))
            #expect(html.contains(String(format: "%.1f%%", analysis.report.vacancyRate.percent ?? -1)))
            #expect(html.contains(String(format: "%.1f FTE", analysis.report.uncoveredGap.gapFTE)))
            // The gap beside the service's size: gap ÷ the teams' established posts.
            let gap = analysis.report.uncoveredGap
            let posts = try #require(gap.establishmentFTE)
            #expect(posts == analysis.report.levels.teams.reduce(0) { $0 + $1.establishmentFTE })
            #expect(html.contains(String(format: "%.1f%% of the %.1f FTE established posts", gap.gapFTE / posts * 100, posts)))
            for team in analysis.report.levels.teams { #expect(html.contains(team.team.replacingOccurrences(of: "&", with: "&amp;"))) }
            let team = try #require(analysis.report.levels.teams.first)
            let page = try await client.execute(uri: Site.workforceTeam(team.team), method: .get, headers: f.headers(.viewer))
            #expect(page.status == .ok)
        }
    }

    @Test func placementsAreAggregateForBoardMembersAndAuditedForAnalysts() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let board = String(buffer: try await client.execute(uri: Site.sufficiency.path, method: .get, headers: f.headers(.board)).body)
            #expect(board.contains("Placements and cost") && board.contains("Weekly commitment"))
            #expect(!board.contains("/sufficiency/high-cost"), "no link to the child-level list for a board member")
            let refused = try await client.execute(uri: Site.highCostChildren.path, method: .get, headers: f.headers(.board))
            #expect(refused.status == .forbidden)
            let analyst = try await client.execute(uri: Site.highCostChildren.path, method: .get, headers: f.headers(.analyst))
            #expect(analyst.status == .ok)
            let audit = try await f.store.auditRecords(user: "analyst", limit: 20)
            #expect(audit.contains { $0.subject == "high-cost placements" })
        }
    }

    @Test func aManagerRecordsACampaignAndItsFunnelShows() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var headers = f.headers(.manager)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let body = "_csrf=\(ServerFixture.csrf)&name=Autumn+2026&opened=2026-09-01&applications=30&shortlisted=12&interviewed=8&offered=4&appointed=3"
            let r = try await client.execute(uri: Site.campaigns.path, method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(r.status == .seeOther)
            let bad = "_csrf=\(ServerFixture.csrf)&name=Bad&opened=2026-09-01&applications=3&shortlisted=12&interviewed=8&offered=4&appointed=3"
            #expect(try await client.execute(uri: Site.campaigns.path, method: .post, headers: headers, body: ByteBuffer(string: bad)).status == .unprocessableContent)
            let html = String(buffer: try await client.execute(uri: Site.campaigns.path, method: .get, headers: f.headers(.board)).body)
            #expect(html.contains("Autumn 2026") && html.contains("40.0%"), "12 of 30 shortlisted")
        }
    }
}

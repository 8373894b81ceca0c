import Foundation
@testable import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The workforce's own measures (issue 21, part 3) with a target, RAG and direction on the
/// workforce page, in `/api/v1/workforce` and in the pack, one computation (`WorkforceTarget`)
/// shown the same in each, and a figure of 1 to 5 staff "c" for board roles in all three.
@Suite(.serialized) struct WorkforceOwnMeasuresPagesTests {
    typealias J = LocalMeasureJourneyTests

    @Test func averageServiceTakesATargetAndShowsTheSameEverywhere() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                // A target of 40 years is out of reach: red, whatever the staff records hold.
                let set = try await J.form(client, f, Site.target("sw_average_service"), .manager,
                                           [("target", "40"), ("tolerance", "1"), ("reason", "Keep experienced staff")])
                #expect(set.status == .seeOther)
                let analysis = try #require(try await WorkforceService(store: f.store, indicators: f.app.indicators).analysis())
                let m = try #require(WorkforceIndicator.profile.first { $0.id == "sw_average_service" })
                let expected = WorkforceTarget(m, report: analysis.report, earlier: analysis.yearEarlier, benchmark: nil,
                                               targets: f.app.indicators.targets, disclosure: .aggregate)
                #expect(expected.rag == .red && expected.shown.hasSuffix(" years"))
                // The fixture holds the census alone: one day, so no year before and no direction
                // (`WorkforceTargetTests` and `WorkforceAnalysisTests` cover the staff records' year).
                #expect(analysis.source == .census && analysis.yearEarlier == nil && expected.direction == .notApplicable)

                // The page: the row, its target link, Red and the direction in words.
                let page = String(buffer: try await J.get(client, f, Site.workforce.path, .board).body)
                let row = try #require(page.components(separatedBy: "<tr>").first { $0.contains("<td>Average length of service</td>") })
                #expect(row.contains("<strong>\(expected.shown)</strong>") && row.contains("href=\"/targets/sw_average_service\">40.0 years</a>"))
                #expect(row.contains(">Red<") && row.contains("<td>\(expected.directionText)</td>"))

                // The API: the same figure, target, RAG and direction.
                let api = try await J.get(client, f, "/api/v1/workforce", .board)
                let root = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
                let measures = try #require(root["measures"] as? [[String: Any]])
                let service = try #require(measures.first { $0["id"] as? String == "sw_average_service" })
                #expect(service["shown"] as? String == expected.shown && service["target"] as? Double == 40)
                #expect(service["rag"] as? String == "red" && service["direction"] as? String == expected.direction.rawValue)
                #expect(measures.contains { $0["id"] as? String == "sw_vacancy_rate" })

                // The pack: the own measures' table has the row.
                let pack = String(decoding: try await BoardPackTests.service(f).render(
                    try await BoardPackTests.service(f).pack(meeting: ServerFixture.meeting), as: .html), as: UTF8.self)
                #expect(pack.contains("Average length of service") && pack.contains(expected.shown) && pack.contains("40.0 years"))
            }
        }
    }

    /// Whatever the demo's cohorts are, a board member sees each own measure exactly as the one
    /// disclosure rule allows, and the page and API agree: "c" (no RAG, n/a direction) where the
    /// figure counts 1 to 5 staff, the figure otherwise.
    @Test func boardsSeeEachOwnMeasureAsTheDisclosureRuleAllows() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                let analysis = try #require(try await WorkforceService(store: f.store, indicators: f.app.indicators).analysis())
                let api = try await J.get(client, f, "/api/v1/workforce", .board)
                let root = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
                let measures = try #require(root["measures"] as? [[String: Any]])
                for m in WorkforceIndicator.profile {
                    let entry = try #require(measures.first { $0["id"] as? String == m.id.rawValue }, "\(m.id)")
                    let withheld = m.shown(analysis.report, .aggregate)?.isSuppressed == true
                    #expect((entry["shown"] as? String == "c") == withheld, "\(m.id)")
                    #expect(!withheld || (entry["value"] is NSNull && entry["direction"] as? String == "n/a"), "\(m.id)")
                    if withheld { #expect(entry["rag"] as? String == "neutral", "\(m.id)") }
                }
                let analyst = try await J.get(client, f, "/api/v1/workforce", .analyst)
                let all = try #require(try JSONSerialization.jsonObject(with: Data(buffer: analyst.body)) as? [String: Any])
                #expect(((all["measures"] as? [[String: Any]]) ?? []).allSatisfy { $0["shown"] as? String != "c" })
            }
        }
    }
}

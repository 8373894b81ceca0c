import Foundation
@testable import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The workforce profile on the page and in the API, as the board sees it: no staff ids, and
/// groups of 1 to 5 staff as "c" (null in JSON).
@Suite struct WorkforceProfileTests {
    @Test func thePageShowsEveryProfileSectionToABoardMember() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let html = String(buffer: try await client.execute(uri: Site.workforce.path, method: .get, headers: f.headers(.board)).body)
            for heading in ["Agency rate by seniority", "Agency workers taken on permanently", "Leavers", "Age and ethnicity of those in post",
                            "Routes into social work", "Caseloads per social worker and per personal adviser"] {
                #expect(html.contains(heading), "\(heading)")
            }
            #expect(html.contains("give no workforce ethnicity for England"))
        }
    }

    @Test func theAPIDropsStaffIDsAndHidesSmallGroupsOfStaffForTheBoard() throws {
        // Given a report with one conversion and an ethnicity profile of 40 White, 3 Black, 12 Asian staff
        typealias F = ProfileFixture
        let report = WorkforceReport(F.snapshot)
        #expect(report.conversions.count == 1)
        let answer = WorkforceAPIController.Workforce(source: "staff records", measures: [], report: report, benchmarks: [])
        // When a board member reads it
        let root = try WorkforceAPIController.disclosed(answer, .aggregate)
        let r = try #require(root["report"] as? [String: Any])
        // Then the conversion has no staff id
        let conversions = try #require((r["conversions"] as? [String: Any])?["conversions"] as? [[String: Any]])
        #expect(conversions.count == 1 && conversions.first?["staffID"] == nil && conversions.first?["team"] as? String == "CP")
        // And the 3 Black staff are null, with a second group, and every share with them
        let ethnicity = try #require((r["diversity"] as? [String: Any])?["ethnicity"] as? [[String: Any]])
        let staff = ethnicity.map { $0["staff"] is NSNull }
        #expect(staff.filter { $0 }.count == 2)
        #expect(ethnicity.first { $0["group"] as? String == "black" }?["staff"] is NSNull)
        #expect(ethnicity.allSatisfy { $0["staffPercent"] == nil || $0["staffPercent"] is NSNull })
    }

    @Test func thePackAppendixHasTheProfileWithoutStaffIDsAndWithSmallGroupsAsC() throws {
        // Given the same report in the board pack's workforce appendix
        let blocks = BoardPackBuilder.workforceProfile(WorkforceReport(ProfileFixture.snapshot))
        var tables: [String: PackTable] = [:]
        var prose: [String] = []
        for block in blocks {
            switch block {
            case .table(let t): tables[t.caption ?? ""] = t
            case .paragraph(let p), .note(let p): prose.append(p)
            default: break
            }
        }
        // Then the conversion is dated and teamed, but not named
        #expect(prose.contains { $0.hasPrefix("1 agency worker took a permanent post") && $0.contains("(CP, Practitioners)") })
        #expect(!prose.joined().contains("C1"))
        // And the 3 Black staff, and a second group with them, are c, and every share
        let ethnicity = try #require(tables.first { $0.key.hasPrefix("Ethnicity of those in post") }?.value)
        #expect(ethnicity.rows.filter { $0[1].text == "c" }.count == 2)
        #expect(ethnicity.rows.first { $0[0].text.hasPrefix("Black") }?[1].text == "c")
        #expect(ethnicity.rows.allSatisfy { $0[2].text == "c" || $0[2].text.isEmpty })
        #expect(tables.keys.contains { $0.hasPrefix("Agency rate by seniority") })
        #expect(tables.keys.contains("Caseloads per social worker and per personal adviser"))
    }

    @Test func aPersonalAdvisersFewCasesAreHiddenWithTheirCaseload() {
        // Given two teams: North 30 cases with 2 social workers and 3 with a personal adviser; South 25 and none
        func row(_ team: String, _ sw: Int, _ pa: Int) -> TeamCaseloads.Row {
            TeamCaseloads.Row(team: team, kind: .careLeavers, socialWorkerCases: sw, socialWorker: MeasureRatio(Double(sw), 2),
                              personalAdviserCases: pa, personalAdviser: MeasureRatio(Double(pa), pa > 0 ? 1 : 0), caseloadTarget: 2)
        }
        let caseloads = TeamCaseloads(date: ProfileFixture.date, rows: [row("North", 30, 3), row("South", 25, 0)])
        // When a board member reads them: North's 3 children are c, its caseload too, and nothing says it is over target
        let board = WorkforceProfileFigures.caseloads(caseloads, .aggregate)
        #expect(board.map(\.personalAdviser) == ["c", "–"])
        #expect(board.map(\.personalAdviserOver) == [false, false])
        // A manager sees 3.0 per personal adviser, over its target of 2
        let exact = WorkforceProfileFigures.caseloads(caseloads, .exact)
        #expect(exact.map(\.personalAdviser) == ["3.0", "–"] && exact.first?.personalAdviserOver == true)
        #expect(exact.map(\.socialWorker) == ["15.0", "12.5"])
    }

    /// 40 White, 3 Black and 12 Asian permanent staff in post on 31/03/2025, and C1 an agency worker
    /// taken on permanently on 01/09/2024.
    enum ProfileFixture {
        static let date = Day(year: 2025, month: 3, day: 31) ?? Day(ordinal: 0)
        static let snapshot: WorkforceSnapshot = {
            let start = Day(year: 2020, month: 1, day: 1)
            func people(_ n: Int, _ code: String, _ prefix: String) -> [StaffMember] {
                (0..<n).map { StaffMember(staffID: "\(prefix)\($0)", team: "CP", contract: .permanent, fte: 1, startDate: start, ethnicity: code) }
            }
            let converted = [
                StaffMember(staffID: "C1", team: "CP", contract: .agency, fte: 1, role: "5", startDate: start, endDate: Day(year: 2024, month: 8, day: 31)),
                StaffMember(staffID: "C1", team: "CP", contract: .permanent, fte: 1, role: "5", startDate: Day(year: 2024, month: 9, day: 1), ethnicity: "WBRI"),
            ]
            return WorkforceSnapshot(date: date, teams: [], staff: people(39, "WBRI", "W") + people(3, "BAFR", "B") + people(12, "AIND", "A") + converted)
        }()
    }
}

import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The improvement programme as its users work it: a manager traces an action to a finding, the
/// board secretary records a meeting, board members read it all and change nothing.
@Suite(.serialized) struct ProgrammePagesTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    func post(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, as role: UserRole, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = ([("_csrf", ServerFixture.csrf)] + fields).map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: f.headers(role, extra: Self.form), body: ByteBuffer(string: body))
    }

    func page(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, as role: UserRole) async throws -> String {
        let r = try await client.execute(uri: uri, method: .get, headers: f.headers(role))
        #expect(r.status == .ok, "\(uri) for \(role): \(r.status)")
        return String(buffer: r.body)
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// The part of a page between two anchors.
    static func section(_ html: String, from: String, to: String) -> String {
        guard let a = html.range(of: "id=\"\(from)\""), let b = html.range(of: "id=\"\(to)\"", range: a.upperBound..<html.endIndex) else { return "" }
        return String(html[a.upperBound..<b.lowerBound])
    }

    @Test func theAuthoritysOfstedHistoryIsLoadedOnFirstRun() async throws {
        let f = try await ServerFixture.shared()
        let p = try await f.store.programme(authority: "876")
        #expect(p.inspections.contains { $0.overallEffectiveness == .inadequate && $0.startDate.year == 2024 })
        try await f.withClient { client in
            let html = try await page(client, f, Site.programme.path, as: .board)
            #expect(html.contains("Inadequate"))
        }
    }

    @Test func aManagerAddsAnActionAgainstAFindingAndCoverageShowsIt() async throws {
        let f = try await ServerFixture.shared()
        let inspection = try #require(try await f.store.programme(authority: "876").inspections.last { $0.kind.isGraded })
        try await f.withClient { client in
            let text = "Management oversight of assessments is not consistent."
            var r = try await post(client, f, Site.inspection(inspection.id) + "/findings", as: .manager, [("kind", "recommendation"), ("text", text)])
            #expect(r.status == .seeOther)
            let finding = try #require(try await f.store.programme(authority: "876").findings.first { $0.text == text })
            var coverage = try await page(client, f, Site.coverage.path, as: .board)
            #expect(Self.section(coverage, from: "unanswered", to: "without-finding").contains(text))

            r = try await post(client, f, Site.priorities.path, as: .manager, [("title", "Practice and oversight"), ("lead", "Head of Service")])
            #expect(r.status == .seeOther)
            let plan = try #require(try await f.store.programme(authority: "876").currentPlan)
            let priority = try #require(plan.priorities.first { $0.title == "Practice and oversight" })
            r = try await post(client, f, Site.actions.path, as: .manager, [
                ("priority", priority.id), ("title", "Weekly case supervision audit"), ("owner", "Principal Social Worker"),
                ("start", "2026-01-05"), ("due", "2027-03-31"), ("status", "not started"), ("findings[]", finding.id),
            ])
            #expect(r.status == .seeOther)
            let location = try #require(r.headers[.location])
            #expect(location.hasPrefix("/programme/plan/actions/"))
            let action = try await page(client, f, location, as: .board)
            #expect(action.contains("Weekly case supervision audit") && action.contains(text))
            #expect(!action.contains("Change the action"), "a board member sees no edit form")

            coverage = try await page(client, f, Site.coverage.path, as: .board)
            #expect(!Self.section(coverage, from: "unanswered", to: "without-finding").contains(text))
            let planPage = try await page(client, f, Site.plan.path, as: .viewer)
            #expect(planPage.contains("Weekly case supervision audit"))

            // Board members read the plan but cannot change it.
            r = try await post(client, f, Site.actions.path, as: .board, [("priority", priority.id), ("title", "x"), ("owner", "y"), ("due", "2027-01-01")])
            #expect(r.status == .forbidden)
        }
    }

    @Test func progressEvidenceAndAnOverrideNeedingItsReason() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            _ = try await post(client, f, Site.priorities.path, as: .manager, [("title", "Workforce")])
            let plan = try #require(try await f.store.programme(authority: "876").currentPlan)
            let pid = try #require(plan.priorities.first { $0.title == "Workforce" }?.id)
            let r = try await post(client, f, Site.actions.path, as: .manager, [("priority", pid), ("title", "Recruit 10 social workers"),
                                                                           ("owner", "HR Business Partner"), ("due", "2020-01-31")])
            let uri = try #require(r.headers[.location])
            var html = try await page(client, f, uri, as: .manager)
            #expect(html.contains("rag-red"), "an action past its due date is red")
            #expect(try await post(client, f, uri + "/notes", as: .manager, [("text", "Campaign launched; 40 applications.")]).status == .seeOther)
            #expect(try await post(client, f, uri + "/evidence", as: .manager, [("kind", "link"), ("title", "Advert"), ("location", "javascript:alert(1)")]).status == .unprocessableContent)
            #expect(try await post(client, f, uri + "/evidence", as: .manager, [("kind", "link"), ("title", "Advert"), ("location", "https://example.org/jobs")]).status == .seeOther)
            let edit: [(String, String)] = [("title", "Recruit 10 social workers"), ("owner", "HR Business Partner"), ("due", "2020-01-31"),
                                            ("status", "in progress"), ("rag_override", "amber")]
            #expect(try await post(client, f, uri, as: .manager, edit).status == .unprocessableContent, "an override needs a reason")
            #expect(try await post(client, f, uri, as: .manager, edit + [("override_reason", "Offers made; start dates agreed")]).status == .seeOther)
            html = try await page(client, f, uri, as: .board)
            #expect(html.contains("Campaign launched; 40 applications."))
            #expect(html.contains("https://example.org/jobs"))
            #expect(html.contains("Offers made; start dates agreed") && html.contains("rag-amber"))
        }
    }

    @Test func theSecretaryRecordsAMeetingAndEveryoneSeesWhatIsOverdue() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            var r = try await post(client, f, Site.boards.path, as: .manager, [("name", "Improvement Board"), ("kind", "improvement board"),
                                                                          ("chair", "Independent chair"), ("members", "DCS\nLead member"),
                                                                          ("secretary", "Democratic services"), ("cadence", "12")])
            #expect(r.status == .seeOther)
            let board = try #require(r.headers[.location])
            #expect(try await post(client, f, board + "/meetings", as: .board, [("date", "2026-01-15")]).status == .forbidden)
            r = try await post(client, f, board + "/meetings", as: .secretary, [("date", "2026-01-15")])
            let meeting = try #require(r.headers[.location])
            #expect(meeting.hasPrefix("/programme/meetings/"))
            let resolution = "That the board notes the current position on caseloads."
            #expect(try await post(client, f, meeting + "/resolutions", as: .secretary, [("text", resolution)]).status == .seeOther)
            #expect(try await post(client, f, meeting + "/arising", as: .secretary,
                                   [("text", "Report agency spend by team"), ("owner", "Finance lead"), ("due", "2026-02-01")]).status == .seeOther)
            #expect(try await post(client, f, meeting + "/minutes", as: .secretary, [
                ("attendees", "Independent chair\nDCS"), ("apologies", "Lead member"),
                ("minutes", "<p>The board <strong>welcomed</strong> the report.</p><script>alert(1)</script><img src=x onerror=alert(2)>"),
            ]).status == .seeOther)
            #expect(try await post(client, f, meeting + "/agenda", as: .secretary, [("title", "Re-referrals"), ("link", "indicator:rereferrals_12m")]).status == .seeOther)

            let html = try await page(client, f, meeting, as: .board)
            #expect(html.contains(resolution) && html.contains("Report agency spend by team"))
            #expect(html.contains("<p>The board <strong>welcomed</strong> the report.</p>"))
            #expect(!html.contains("<script>alert") && !html.contains("<img"))
            #expect(html.contains("/indicators/rereferrals_12m"))
            #expect(!html.contains("Record a resolution"), "board members read, they do not record")

            var overdue = try await page(client, f, Site.overdue.path, as: .viewer)
            #expect(overdue.contains("Report agency spend by team"))
            let held = try #require(try await f.store.programme(authority: "876").meetings.first { meeting.hasSuffix($0.id) })
            let arising = try #require(held.actionsArising.first)
            // Marking done asks first: the board reads it as closed.
            let asked = try await post(client, f, Site.arisingDone.path, as: .secretary, [("meeting", held.id), ("arising", arising.id)])
            #expect(asked.status == .ok && String(buffer: asked.body).contains("Mark this action arising done?"))
            #expect(try await post(client, f, Site.arisingDone.path, as: .secretary,
                                   [("meeting", held.id), ("arising", arising.id), ("confirm", "yes")]).status == .seeOther)
            overdue = try await page(client, f, Site.overdue.path, as: .viewer)
            #expect(!overdue.contains("Report agency spend by team"))

            let audit = try await f.store.auditRecords(user: "secretary", limit: 50).map(\.action)
            #expect(audit.contains("record resolution") && audit.contains("record action arising") && audit.contains("complete action arising"))
        }
    }

    @Test func thePlanGoesOutAsCSVAndComesBackAsANewVersion() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            _ = try await post(client, f, Site.priorities.path, as: .manager, [("title", "Care leavers")])
            let before = try #require(try await f.store.programme(authority: "876").currentPlan)
            let r = try await client.execute(uri: Site.planCSV.path, method: .get, headers: f.headers(.board))
            #expect(r.headers[.contentType]?.hasPrefix("text/csv") == true)
            let csv = String(buffer: r.body)
            #expect(csv.hasPrefix("priority_id,priority,"))
            let boundary = "hearth-test-boundary"
            var body = ""
            for (name, value) in [("_csrf", ServerFixture.csrf), ("title", "Refreshed plan")] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            let edited = csv + "P9,Communication,Head of Comms,9.1,Publish a plan summary for staff,Head of Comms,,31/03/2027,not started,,,,,\n"
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\nContent-Type: text/csv\r\n\r\n\(edited)\r\n--\(boundary)--\r\n"
            let headers = f.headers(.manager, extra: [.contentType: "multipart/form-data; boundary=\(boundary)"])
            let imported = try await client.execute(uri: Site.planImport.path, method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(imported.status == .seeOther, "\(String(buffer: imported.body).prefix(300))")
            let after = try #require(try await f.store.programme(authority: "876").currentPlan)
            #expect(after.version == before.version + 1)
            #expect(after.actions.count == before.actions.count + 1)
            // The imported version is a draft until a board approves it: the earlier one stays in force.
            let old = try await page(client, f, Site.planVersion(before.version), as: .board)
            #expect(!old.contains("earlier version") && !old.contains("Publish a plan summary for staff"))
            #expect(old.contains("Version \(after.version)</a>, a refresh of the plan, is not in force until a board approves it"))
            let draft = try await page(client, f, Site.planVersion(after.version), as: .board)
            #expect(draft.contains("This version is not in force until it is approved") && draft.contains("Publish a plan summary for staff"))
        }
    }

    @Test func managersCorrectFindingsPrioritiesAndBoards() async throws {
        let f = try await ServerFixture.shared()
        let inspection = try #require(try await f.store.programme(authority: "876").inspections.last { $0.kind.isGraded })
        try await f.withClient { client in
            _ = try await post(client, f, Site.inspection(inspection.id) + "/findings", as: .manager, [("kind", "recommendation"), ("text", "Typo in finding")])
            let finding = try #require(try await f.store.programme(authority: "876").findings.first { $0.text == "Typo in finding" })
            var r = try await post(client, f, Site.inspection(inspection.id) + "/findings/" + finding.id, as: .manager,
                                   [("kind", "area for priority action"), ("text", "Corrected finding")])
            #expect(r.status == .seeOther)
            let corrected = try #require(try await f.store.programme(authority: "876").findings.first { $0.id == finding.id })
            #expect(corrected.text == "Corrected finding" && corrected.kind == .areaForPriorityAction)

            r = try await post(client, f, Site.priorities.path + "/P1", as: .manager, [("title", "Renamed priority"), ("lead", "Deputy DCS")])
            #expect(r.status == .seeOther)
            #expect(try await f.store.programme(authority: "876").currentPlan?.priorities.first { $0.id == "P1" }?.title == "Renamed priority")

            r = try await post(client, f, Site.board(ServerFixture.board), as: .manager, [("name", "Fixture board"), ("chair", "New chair"),
                                                                                          ("members", "A\nB"), ("cadence", "8")])
            #expect(r.status == .seeOther)
            let board = try #require(try await f.store.programme(authority: "876").boards.first { $0.id == ServerFixture.board })
            #expect(board.chair == "New chair" && board.members == ["A", "B"] && board.cadenceWeeks == 8)
            #expect(try await post(client, f, Site.board(ServerFixture.board), as: .secretary, [("name", "x"), ("chair", "y"), ("cadence", "4")]).status == .forbidden)
        }
    }
}

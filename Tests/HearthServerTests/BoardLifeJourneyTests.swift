import Foundation
@testable import HearthApplication
import HearthCore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 22, part 3: a board's whole life and a plan approved at a named meeting by a named
/// resolution. The improvement board gets its terms of reference and members with their roles,
/// ceases when the notice is lifted and is succeeded by an executive group; a refreshed plan is
/// a draft (the earlier version stays in force) until a resolution approves it.
enum BoardLifeJourneyTests {
    typealias J = LocalMeasureJourneyTests

    static func boardCeasesAndExecutiveGroupTakesOver(_ client: any TestClientProtocol, _ f: ServerFixture) async throws {
        let board = Site.board(ServerFixture.board)
        // Terms of reference and members with roles.
        let edit: [(String, String)] = [("name", "Fixture board"), ("kind", "improvement board"), ("chair", "Independent chair"),
                                        ("members", "Cllr A. Khan, councillor\nDfE improvement adviser, DfE adviser\nDetective Superintendent, partner\nHead of Service"),
                                        ("terms", "Oversees the improvement plan until the notice is lifted."), ("cadence", "12")]
        #expect(try await J.form(client, f, board, .manager, edit).status == .seeOther)
        var page = String(buffer: try await J.get(client, f, board, .board).body)
        #expect(page.contains("Cllr A. Khan (councillor)") && page.contains("DfE improvement adviser (DfE adviser)"))
        #expect(page.contains("Head of Service<br>") && page.contains("Oversees the improvement plan until the notice is lifted."))
        let members = try #require(try await f.store.programme(authority: "876").boards.first { $0.id == ServerFixture.board }).members
        #expect(members.map(\.role) == [.councillor, .dfeAdviser, .partner, .member])

        // The executive group, then the improvement board ceases and names it as successor.
        let group = try await J.form(client, f, Site.boards.path, .manager,
                                     [("name", "Children's Services Executive Group"), ("kind", "other"), ("chair", "Chief executive"), ("cadence", "6")])
        #expect(group.status == .seeOther)
        let groupID = try #require(try await f.store.programme(authority: "876").boards.first { $0.name.hasPrefix("Children's Services Executive") }?.id)
        #expect(try await J.form(client, f, board, .manager, edit + [("ended", "2026-06-30"), ("successor", groupID)]).status == .seeOther)
        page = String(buffer: try await J.get(client, f, board, .viewer).body)
        #expect(page.contains("Ceased 30 June 2026") && page.contains("succeeded by <a href=\"\(Site.board(groupID))\">Children&#39;s Services Executive Group</a>")
                || page.contains("succeeded by <a href=\"\(Site.board(groupID))\">Children's Services Executive Group</a>"))
        let groupPage = String(buffer: try await J.get(client, f, Site.board(groupID), .viewer).body)
        #expect(groupPage.contains("Took over from") && groupPage.contains(">Fixture board</a>"))
        let list = String(buffer: try await J.get(client, f, Site.boards.path, .board).body)
        #expect(list.contains("ceased 30 June 2026"))
        // A ceased board has no meetings after its end, and is never overdue to meet.
        let late = try await J.form(client, f, Site.boardMeetings(ServerFixture.board), .secretary, [("date", "2026-09-01")])
        #expect(late.status == .unprocessableContent && String(buffer: late.body).contains("ceased on 30 June 2026"))
        let overdue = String(buffer: try await J.get(client, f, Site.API.overdue.path, .board).body)
        #expect(!overdue.contains(ServerFixture.board))
        // The API carries the board's life.
        let boards = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await J.get(client, f, Site.API.boards.path, .board).body)) as? [[String: Any]])
        let ib = try #require(boards.first { ($0["board"] as? [String: Any])?["id"] as? String == ServerFixture.board }?["board"] as? [String: Any])
        #expect(ib["ended"] as? String == "2026-06-30" && ib["succeededBy"] as? String == groupID)
        #expect((ib["members"] as? [[String: Any]])?.first?["role"] as? String == "councillor")
        // A successor must be another board that exists, from the form and from the API alike.
        #expect(try await J.form(client, f, board, .manager, edit + [("successor", "no-such-board")]).status == .unprocessableContent)
        let invented = try await ContributorJourneyTests.json(client, f, Site.API.board(groupID), .manager,
                                                              #"{"name":"Children's Services Executive Group","chair":"Chief executive","succeededBy":"no-such-board"}"#)
        #expect(invented.status == .unprocessableContent)
        // The API writes the group's terms and members; a board member may not.
        let body = #"{"name":"Children's Services Executive Group","chair":"Chief executive","termsOfReference":"Sustains the improvement after the notice.","members":[{"name":"Lead member","role":"councillor"}]}"#
        #expect(try await ContributorJourneyTests.json(client, f, Site.API.board(groupID), .board, body).status == .forbidden)
        #expect(try await ContributorJourneyTests.json(client, f, Site.API.board(groupID), .manager, body).status == .created)
        let saved = try #require(try await f.store.programme(authority: "876").boards.first { $0.id == groupID })
        #expect(saved.termsOfReference == "Sustains the improvement after the notice." && saved.members == [BoardMember(name: "Lead member", role: .councillor)])
        #expect(saved.cadenceWeeks == 6 && saved.kind == .other)
    }

    static func refreshInForceFromItsApproval(_ client: any TestClientProtocol, _ f: ServerFixture) async throws {
        // The board resolves to approve the refreshed plan; the manager refreshes it.
        let resolution = "That the board approves version 2 of the improvement plan."
        #expect(try await J.form(client, f, Site.meetingResolutions(ServerFixture.meeting), .secretary, [("text", resolution)]).status == .seeOther)
        #expect(try await J.form(client, f, Site.planRefresh.path, .manager, [("title", "Refreshed plan")]).status == .seeOther)
        // Before approval: version 1 stays in force, version 2 is a draft.
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await J.get(client, f, Site.API.plan.path, .board).body)) as? [String: Any])
        #expect(plan["version"] as? Int == 1 && plan["inForce"] as? Bool == true && plan["draftVersion"] as? Int == 2)
        // A board member may not record an approval; a manager records it against the resolution.
        let fields = [("version", "2"), ("resolution", "\(ServerFixture.meeting)|0")]
        #expect(try await J.form(client, f, Site.planApprove.path, .board, fields).status == .forbidden)
        let wrong = try await J.form(client, f, Site.planApprove.path, .manager, [("version", "2"), ("resolution", "\(ServerFixture.meeting)|7")])
        #expect(wrong.status == .unprocessableContent)
        #expect(try await J.form(client, f, Site.planApprove.path, .manager, fields).status == .seeOther)
        // After: version 2 is in force from the meeting's day, and says where it was approved.
        plan = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await J.get(client, f, Site.API.plan.path, .board).body)) as? [String: Any])
        #expect(plan["version"] as? Int == 2 && plan["approved"] as? String == "2026-01-15" && plan["draftVersion"] == nil)
        let approval = try #require(plan["approval"] as? [String: Any])
        #expect(approval["meetingID"] as? String == ServerFixture.meeting && approval["resolution"] as? String == resolution)
        let page = String(buffer: try await J.get(client, f, Site.plan.path, .viewer).body)
        #expect(page.contains("Approved: 15 January 2026, at <a href=\"\(Site.meeting(ServerFixture.meeting))\">Fixture board, 15 January 2026</a>"))
        let audit = try await f.store.auditRecords(user: nil, limit: 100).map(\.action)
        #expect(audit.contains("approve plan"))
    }
}

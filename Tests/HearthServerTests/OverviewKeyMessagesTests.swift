import Foundation
@testable import HearthApplication
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The key messages at the top of the overview: the draft for those who write the pack, each
/// message linked to its evidence; for a board member only what was issued, as it went out.
@Suite struct OverviewKeyMessagesTests {
    static func overview(_ client: any TestClientProtocol, _ f: ServerFixture, _ role: UserRole) async throws -> String {
        String(buffer: try await client.execute(uri: Site.overview.path, method: .get, headers: f.headers(role)).body)
    }

    @Test func writersReadTheDraftLinkedToItsEvidenceAndABoardMemberOnlyWhatWasIssued() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                // The fixture's board has one meeting, 15 January 2026, already held: its pack is the one in hand.
                let messages = KeyMessages(try await BoardPackTests.service(f).inputs(meeting: ServerFixture.meeting))
                let aboutAnIndicator = messages.groups.flatMap(\.messages).compactMap { m -> (String, String)? in
                    if case .indicator(let id) = m.evidence { (id, m.text) } else { nil }
                }
                let (id, text) = try #require(aboutAnIndicator.first, "the fixture's figures give at least one message about an indicator")

                let manager = try await Self.overview(client, f, .manager)
                #expect(manager.contains("Key messages for the Fixture board of 15 January 2026"))
                #expect(manager.contains("Draft: written by Hearth from today"))
                #expect(manager.contains("<a href=\"\(Site.indicator(id))\">\(MarkupText.escape(text))</a>"), "each message links to its evidence")
                #expect(manager.contains("Reword the key messages"))
                let analyst = try await Self.overview(client, f, .analyst)
                #expect(analyst.contains("Draft: written by Hearth") && !analyst.contains("Reword the key messages"), "managers reword, analysts read")

                // A board member never reads a draft: before a pack is issued there are no key messages.
                #expect(!(try await Self.overview(client, f, .board)).contains("Key messages for"))
                #expect(try await PackLifecycleTests.post(client, f, Site.packSignOff(ServerFixture.meeting), .manager).status == .seeOther)
                #expect(try await PackLifecycleTests.post(client, f, Site.packIssue(ServerFixture.meeting), .manager).status == .seeOther)
                // A manager rewords the draft after the issue: the board member still reads what was issued.
                let reworded = "&km-exceptions=" + "Reworded after the issue.".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                #expect(try await PackLifecycleTests.post(client, f, Site.packKeyMessages(ServerFixture.meeting), .manager, reworded).status == .seeOther)
                let board = try await Self.overview(client, f, .board)
                #expect(board.contains("Key messages for the Fixture board of 15 January 2026") && board.contains("As issued (version 1"))
                #expect(board.contains(MarkupText.escape(text)) && !board.contains("Reworded after the issue."))
                #expect(!board.contains("Draft: written by Hearth"))
                #expect((try await Self.overview(client, f, .manager)).contains("Reworded after the issue."), "the draft moved on")
            }
        }
    }
}

import Foundation
@testable import HearthApplication
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Draft → signed off → issued: what a board member reads is the version as it went out,
/// frozen — a later upload changes the overview, never an issued pack.
@Suite struct PackLifecycleTests {
    static let meeting = ServerFixture.meeting

    static func post(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole, _ body: String = "") async throws -> TestResponse {
        var headers = f.headers(role)
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)" + body))
    }

    static func api(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole, _ body: String? = nil) async throws -> TestResponse {
        var headers = f.headers(role)
        headers[.contentType] = "application/json"
        headers[.csrfToken] = ServerFixture.csrf
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    @Test func theAPISignsOffAndIssuesAsThePageDoes() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                let base = "/api/v1/programme/meetings/\(Self.meeting)/pack"
                // Not signed off: no issue. An analyst may not sign off; a manager may.
                #expect(try await Self.api(client, f, base + "/issue", .manager).status == .conflict)
                #expect(try await Self.api(client, f, base + "/sign-off", .analyst).status == .forbidden)
                let signed = try await Self.api(client, f, base + "/sign-off", .manager)
                #expect(signed.status == .created && String(buffer: signed.body).contains("\"signedOffBy\":\"manager\""))
                let first = try await Self.api(client, f, base + "/issue", .manager)
                #expect(first.status == .created)
                let version = try #require(try JSONSerialization.jsonObject(with: Data(buffer: first.body)) as? [String: Any])
                #expect(version["version"] as? Int == 1 && version["reason"] as? String == "First issue.")
                let stored = try await BoardPackTests.service(f).issued(meeting: Self.meeting, version: 1)
                #expect((version["sha256"] as? [String: String])?["docx"] == SQLStore.sha256Hex(try #require(stored.files["docx"])))
                #expect((version["files"] as? [String: String])?["docx"] == Site.issuedPack(Self.meeting, version: 1, format: "docx"))
                // Each issue takes its own sign-off; a second issue says why, at its field; then it is version 2.
                #expect(try await Self.api(client, f, base + "/issue", .manager, #"{"reason":"Again."}"#).status == .conflict)
                #expect(try await Self.api(client, f, base + "/sign-off", .manager).status == .created)
                let noReason = try await Self.api(client, f, base + "/issue", .manager, #"{"reason":"  "}"#)
                #expect(noReason.status == .unprocessableContent)
                #expect(try await Self.api(client, f, base + "/issue", .manager, #"{"reason":"Corrected the workforce figures."}"#).status == .created)
                #expect(try await Self.api(client, f, base + "/issue", .manager, "not json").status == .badRequest)
                // Anyone signed in lists the versions, newest last, each with its reason.
                let list = try await client.execute(uri: base + "/versions", method: .get, headers: f.headers(.board))
                let versions = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]])
                #expect(versions.compactMap { $0["version"] as? Int } == [1, 2])
                #expect(versions.last?["reason"] as? String == "Corrected the workforce figures.")
                #expect(versions.allSatisfy { $0["issuedBy"] as? String == "manager" && $0["signedOffBy"] as? String == "manager" })
            }
        }
    }

    @Test func anIssuedPackIsFrozenAndOnlyIssuedPacksReachTheBoard() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                let html = Site.meetingPack(Self.meeting, format: "html"), docx = Site.meetingPack(Self.meeting, format: "docx")
                // A board member cannot open the draft, in any format or the API.
                for uri in [html, docx, "/api/v1/programme/meetings/\(Self.meeting)/pack"] {
                    #expect(try await client.execute(uri: uri, method: .get, headers: f.headers(.board)).status == .notFound, "\(uri)")
                }
                // Issuing needs a sign-off; an analyst may not sign off.
                #expect(try await Self.post(client, f, Site.packIssue(Self.meeting), .manager).status == .conflict)
                #expect(try await Self.post(client, f, Site.packSignOff(Self.meeting), .analyst).status == .forbidden)
                #expect(try await Self.post(client, f, Site.packSignOff(Self.meeting), .manager).status == .seeOther)
                let issued = try await Self.post(client, f, Site.packIssue(Self.meeting), .manager)
                #expect(issued.status == .seeOther)

                // The board member now reads version 1: the stored files, byte for byte.
                let stored = try await BoardPackTests.service(f).issued(meeting: Self.meeting, version: 1)
                let boardHTML = try await client.execute(uri: html, method: .get, headers: f.headers(.board))
                #expect(boardHTML.status == .ok && Data(buffer: boardHTML.body) == stored.files["html"])
                // Its own style sheet is allowed by its hash, and nothing else inline: the board reads it styled.
                let policy = boardHTML.headers[.contentSecurityPolicy] ?? ""
                #expect(policy == FrozenHTML.policy(stored.files["html"] ?? Data()) && policy.contains("style-src 'self' 'sha256-")
                        && !policy.contains("unsafe-inline") && !policy.contains("script-src"))
                let boardDocx = Data(buffer: try await client.execute(uri: docx, method: .get, headers: f.headers(.viewer)).body)
                #expect(boardDocx == stored.files["docx"])
                #expect(stored.record.sha256["docx"] == SQLStore.sha256Hex(boardDocx))
                let page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.secretary)).body)
                #expect(page.contains("Issued by manager") && page.contains(stored.record.sha256["html"] ?? "?"))

                // A new upload: the overview moves, the issued pack does not.
                let before = try await f.app.indicators.summary(id: "referrals_rate")?.latest
                let dir = try ServerFixture.generate(year: 2026, seed: 26)
                _ = try await ReturnImporter(store: f.store).importFolder(dir, by: "analyst", authority: "876")
                try await f.app.indicators.recompute()
                let after = try await f.app.indicators.summary(id: "referrals_rate")?.latest
                #expect(before?.period != after?.period, "the figure of record moved on")
                let again = try await client.execute(uri: html, method: .get, headers: f.headers(.board))
                #expect(Data(buffer: again.body) == stored.files["html"], "the issued HTML is as it went out")
                let againDocx = try await client.execute(uri: Site.issuedPack(Self.meeting, version: 1, format: "docx"), method: .get, headers: f.headers(.board))
                #expect(Data(buffer: againDocx.body) == stored.files["docx"], "the issued Word file is as it went out")
                // The draft moved with the data.
                let draft = try await client.execute(uri: html, method: .get, headers: f.headers(.analyst))
                #expect(Data(buffer: draft.body) != stored.files["html"])

                // Re-issue: a new sign-off and a reason; version 1 stays readable.
                #expect(try await Self.post(client, f, Site.packSignOff(Self.meeting), .manager).status == .seeOther)
                let noReason = try await Self.post(client, f, Site.packIssue(Self.meeting), .manager, "&reason=")
                #expect(noReason.status == .unprocessableContent && String(buffer: noReason.body).contains("href=\"#reason\""))
                let second = try await Self.post(client, f, Site.packIssue(Self.meeting), .manager, "&reason=The+2026-27+returns+arrived.")
                #expect(second.status == .seeOther)
                let versions = try await BoardPackTests.service(f).issuedVersions(meeting: Self.meeting)
                #expect(versions.map(\.version) == [1, 2] && versions.last?.reason == "The 2026-27 returns arrived.")
                let v1 = try await client.execute(uri: Site.issuedPack(Self.meeting, version: 1, format: "html"), method: .get, headers: f.headers(.board))
                #expect(Data(buffer: v1.body) == stored.files["html"])
                // Saving the draft's text takes its sign-off away.
                #expect(try await Self.post(client, f, Site.packSignOff(Self.meeting), .manager).status == .seeOther)
                #expect(try await Self.post(client, f, Site.meetingPack(Self.meeting), .analyst, "&commentary-icpc_15wd=Moved.").status == .seeOther)
                #expect(try await BoardPackTests.service(f).signOff(meeting: Self.meeting) == nil)
            }
        }
    }
}

extension PackLifecycleTests {
    @Test func commentaryWrittenBesideAFigureThatHasMovedIsFlaggedBeforeSignOff() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                let written = try await Self.post(client, f, Site.meetingPack(Self.meeting), .analyst,
                                                  "&commentary-referrals_rate=Referrals+are+steady.")
                #expect(written.status == .seeOther)
                let recorded = try await BoardPackTests.service(f).text(meeting: Self.meeting).commentaryFigures["referrals_rate"]
                let summary = try #require(try await f.app.indicators.summary(id: "referrals_rate"))
                #expect(recorded == BoardPackController.figureText(summary), "the figure it was written beside is kept")
                var page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.manager)).body)
                #expect(!page.contains("id=\"moved-referrals_rate\""))

                // The figure moves (a later year arrives); the words are the same.
                let dir = try ServerFixture.generate(year: 2026, seed: 26)
                _ = try await ReturnImporter(store: f.store).importFolder(dir, by: "analyst", authority: "876")
                try await f.app.indicators.recompute()
                page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.manager)).body)
                #expect(page.contains("id=\"moved-referrals_rate\"") && page.contains("This commentary was written beside \(MarkupText.escape(recorded ?? ""))"))
                #expect(page.contains("1 commentary was written beside a figure that has since moved: Referrals per 10,000 children"))
                // Saving the same words keeps the old figure (still flagged); rewording records the new one.
                _ = try await Self.post(client, f, Site.meetingPack(Self.meeting), .analyst, "&commentary-referrals_rate=Referrals+are+steady.")
                page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.manager)).body)
                #expect(page.contains("id=\"moved-referrals_rate\""))
                _ = try await Self.post(client, f, Site.meetingPack(Self.meeting), .analyst, "&commentary-referrals_rate=Referrals+rose+in+2025-26.")
                page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.manager)).body)
                #expect(!page.contains("id=\"moved-referrals_rate\""))
            }
        }
    }
}

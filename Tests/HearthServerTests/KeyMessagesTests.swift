import Foundation
@testable import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The pack opens with its "so what": red first, then what is getting worse or overdue, then
/// what is improving and what the board is asked to decide; a manager's wording is kept per meeting.
@Suite struct KeyMessagesTests {
    static let meeting = ServerFixture.meeting

    @Test func thePackOpensWithTheKeyMessagesRedFirst() async throws {
        let f = try await ServerFixture.shared()
        let service = BoardPackTests.service(f)
        let inputs = try await service.inputs(meeting: Self.meeting)
        let pack = BoardPackBuilder(inputs: inputs).build()
        #expect(pack.sections.first?.kind == .cover && pack.sections.dropFirst().first?.kind == .keyMessages)
        let messages = KeyMessages(inputs)
        #expect(messages.groups.map(\.kind) == [.exceptions, .improving, .decisions])
        let exceptions = try #require(messages.groups.first).messages
        // Every red indicator of the pack is an exception, and they come before anything else.
        let red = inputs.summaries.filter { IndicatorText(summary: $0, disclosure: .aggregate).rag.shown == .red && $0.latest?.value != nil }
            .filter { Set(inputs.settings.sections.compactMap(IndicatorArea.init(section:))).contains($0.definition.area) }
        #expect(exceptions.prefix(red.count).allSatisfy { $0.text.hasSuffix("(red).") }, "\(exceptions.map(\.text))")
        for s in red { #expect(exceptions.contains { $0.text.hasPrefix(s.definition.title + ":") && $0.evidence == .indicator(s.definition.id.rawValue) }) }
        #expect(messages.groups.last?.messages.map(\.text) == ["That the report be noted."], "the recommendation is the decision asked")
        // The fixture's figures run to 31 March 2025, more than six months before the January 2026 meeting: each section says so.
        let indicators = try #require(pack.sections.first { $0.kind == .indicators })
        #expect(indicators.blocks.first == .note("Data to 31 March 2025: more than six months before this meeting. Load the latest returns (an in-year extract will do) for a current position."))
        // Never a count of 1 to 5 children: the values are the pack's own, suppressed.
        #expect(!exceptions.contains { $0.text.range(of: #"\b[1-5] children\b"#, options: .regularExpression) != nil })
    }

    @Test func aManagersWordingIsKeptAndKeepsItsEvidence() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            let service = BoardPackTests.service(f)
            let generated = KeyMessages(try await service.inputs(meeting: Self.meeting))
            let first = try #require(generated.groups.first?.messages.first)
            let subject = try #require(KeyMessages.subject(first.text))
            let wording = "\(subject): the board is asked to note the recovery plan.\nAgency social workers: 12 converted to permanent posts."
            try await f.withClient { client in
                var headers = f.headers(.manager)
                headers[.contentType] = "application/x-www-form-urlencoded"
                let body = "_csrf=\(ServerFixture.csrf)&km-exceptions=" + (wording.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    + "&km-improving=" + (KeyMessages.lines(generated.groups[1].messages).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    + "&km-decisions=That+the+board+agrees+the+revised+trajectory."
                let saved = try await client.execute(uri: Site.packKeyMessages(Self.meeting), method: .post, headers: headers, body: ByteBuffer(string: body))
                #expect(saved.status == .seeOther)
                var analyst = f.headers(.analyst)
                analyst[.contentType] = "application/x-www-form-urlencoded"
                let refused = try await client.execute(uri: Site.packKeyMessages(Self.meeting), method: .post, headers: analyst,
                                                       body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&km-exceptions=x"))
                #expect(refused.status == .forbidden)
                let page = String(buffer: try await client.execute(uri: Site.meetingPack(Self.meeting), method: .get, headers: f.headers(.manager)).body)
                #expect(page.contains("the board is asked to note the recovery plan.") && page.contains("reworded"))
            }
            let text = try await service.text(meeting: Self.meeting)
            #expect(text.keyMessages[.exceptions] == wording && text.keyMessages[.decisions] == "That the board agrees the revised trajectory.")
            #expect(text.keyMessages[.improving] == nil, "a part left as Hearth wrote it is not stored: it follows the figures")
            let messages = KeyMessages(try await service.inputs(meeting: Self.meeting))
            #expect(messages.groups[0].messages.map(\.evidence) == [first.evidence, .none], "the reworded line about the same indicator keeps its link")
            let pack = BoardPackBuilder(inputs: try await service.inputs(meeting: Self.meeting)).build()
            #expect(pack.sections[1].blocks.contains(.bullets([
                "\(subject): the board is asked to note the recovery plan.", "Agency social workers: 12 converted to permanent posts."])))
        }
    }
}

import Foundation
@testable import HearthApplication
import HearthCore
import HearthReports
import HearthStore
import Hummingbird
import HummingbirdTesting
import HearthTestSupport
import Testing
import ZIPFoundation
@testable import HearthServer

/// The board pack as a board receives it: every section, figures from the frozen snapshots,
/// officers' words, suppression, and never a child's identifier in any format.
@Suite(.serialized) struct BoardPackTests {
    static let packURI = Site.meetingPack(ServerFixture.meeting)

    @Test func aBoardMemberReadsThePackAndCanChangeNothing() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let page = String(buffer: try await client.execute(uri: Self.packURI, method: .get, headers: f.headers(.board)).body)
            #expect(page.contains("Board pack for 15 January 2026") && page.contains("Not issued yet."))
            #expect(!page.contains("name=\"commentary-"), "a board member sees no commentary form")
            #expect(!page.contains("id=\"read-pack\""), "nor the draft")
            // The draft is the writers': a board member reads issued versions only (PackLifecycleTests).
            let draft = try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "html"), method: .get, headers: f.headers(.board))
            #expect(draft.status == .notFound && String(buffer: draft.body).contains("has not been issued yet"))
            let html = try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "html"), method: .get, headers: f.headers(.analyst))
            #expect(html.status == .ok)
            let text = String(buffer: html.body)
            // Every section but the cover (and the local measures', there only when the council keeps some: LocalMeasureJourneyTests).
            for section in PackSection.allCases where section != .cover && section != .localMeasures {
                #expect(text.contains(MarkupText.escape(section.title)), "\(section)")
            }
            #expect(text.contains("Purpose of the report") && text.contains("That the report be noted."))
            let posted = try await client.execute(uri: Self.packURI, method: .post, headers: Self.form(f, .board), body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)"))
            #expect(posted.status == .forbidden)
        }
    }

    @Test func theFiguresAreTheFrozenSnapshotsSuppressedAndTheSourcesNamed() async throws {
        let f = try await ServerFixture.shared()
        let summary = try #require(try await f.app.indicators.summary(id: "rereferrals_12m"))
        let latest = try #require(summary.latest)
        let pack = try await Self.service(f).pack(meeting: ServerFixture.meeting)
        let text = pack.plainText
        #expect(text.contains(IndicatorFormat.value(latest.value, numerator: latest.numerator, denominator: latest.denominator,
                                                    unit: summary.definition.unit, suppress: true)))
        #expect(text.contains("submission \(f.submissionID)") && text.contains(latest.period.label))
        // Every count of 1–5 children in the pack's tables is "c".
        for section in pack.sections {
            for case .table(let t) in section.blocks + section.appendix where t.header.contains("Children") {
                let column = try #require(t.header.firstIndex(of: "Children"))
                for row in t.rows { #expect(!["1", "2", "3", "4", "5"].contains(row[column].text), "\(t.caption ?? "")") }
            }
        }
    }

    @Test func thePackProperHasAScorecardAndTheChartsThatNeedAttentionAndTheDetailIsInTheAppendices() async throws {
        let f = try await ServerFixture.shared()
        let pack = try await Self.service(f).pack(meeting: ServerFixture.meeting)
        let frontDoor = try #require(pack.sections.first { $0.kind == .indicators })
        let summaries = try await f.app.indicators.allSummaries().filter { $0.definition.area == .frontDoor }
        // The pack proper: one scorecard line an indicator, at most two charts, no neighbour bars.
        let scorecard = try #require(frontDoor.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        #expect(scorecard.rows.map { $0[0].text } == summaries.map(\.definition.title))
        #expect(scorecard.header.first == "Indicator" && scorecard.header.contains("Target"))
        let charts = frontDoor.blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }
        #expect(charts.count <= 2)
        #expect(!charts.contains { $0.caption.contains("beside its statistical neighbours") })
        // Each charted indicator is red or getting worse, and says so in its opening sentence.
        for case .subheading(let title) in frontDoor.blocks {
            let s = try #require(summaries.first { $0.definition.title == title })
            let text = IndicatorText(summary: s, disclosure: .aggregate)
            #expect(text.rag.shown == .red || text.direction.shown == .declining || text.rag.shown == .amber, "\(title)")
        }
        // The appendix: the tiles and every indicator with a figure, in detail.
        let letter = try #require(pack.appendices.first { $0.section.kind == .indicators }?.letter)
        #expect(frontDoor.blocks.last == .note("The detail: Appendix \(letter), \(frontDoor.appendixTitle)."))
        #expect(frontDoor.appendix.contains { if case .tiles(let t) = $0 { t.count == summaries.count } else { false } })
        let detailed = frontDoor.appendix.compactMap { if case .subheading(let t) = $0 { t } else { nil } }
        #expect(detailed == summaries.filter { $0.latest != nil || $0.published != nil }.map(\.definition.title))
        // Each section of the pack proper says what its data runs to.
        for kind in [PackSection.indicators, .workforce, .sufficiency] {
            guard let section = pack.sections.first(where: { $0.kind == kind }), section.blocks.count > 1 else { continue }
            #expect(section.blocks.contains { if case .note(let n) = $0 { n.hasPrefix("Data to ") } else { false } }, "\(kind)")
        }
    }

    @Test func anAnalystWritesCommentaryAndImplicationsAndTheyReachEveryFormat() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let body = "_csrf=\(ServerFixture.csrf)&commentary-icpc_15wd=Conferences+late+after+bank+holidays.%0D%0A%0D%0ASecond+chair+recruited."
                + "&implication-financial=Placement+spend+above+budget.&commentary-not_an_indicator=ignored"
            let r = try await client.execute(uri: Self.packURI, method: .post, headers: Self.form(f, .analyst), body: ByteBuffer(string: body))
            #expect(r.status == .seeOther)
            let html = String(buffer: try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "html"), method: .get,
                                                               headers: f.headers(.analyst)).body)
            #expect(html.contains("<p>Conferences late after bank holidays.</p>\n<p>Second chair recruited.</p>"))
            #expect(html.contains("Placement spend above budget."))
            let docx = try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "docx"), method: .get, headers: f.headers(.manager))
            #expect(docx.headers[.contentType] == BoardPackService.Format.docx.contentType)
            #expect(docx.headers[.contentDisposition]?.contains("fixture-board-2026-01-15-board-pack.docx") == true)
            let xml = try Self.documentXML(Data(buffer: docx.body))
            #expect(xml.contains("Second chair recruited.") && xml.contains("Placement spend above budget."))
        }
        let stored = try await f.store.packText(meeting: ServerFixture.meeting, authority: "876")
        #expect(stored.commentary.keys.sorted() == ["icpc_15wd"])
        #expect(try await f.store.auditRecords(user: "analyst", limit: 50).contains { $0.action == "save board pack text" })
    }

    @Test func aManagerChoosesTheSectionsAndTheCover() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let settings = Site.packSettings(ServerFixture.board)
            #expect(try await client.execute(uri: settings, method: .get, headers: f.headers(.manager)).status == .ok)
            let body = "_csrf=\(ServerFixture.csrf)&section-cover=on&section-plan=on&section-arising=on&reportTo=Executive+Board"
                + "&reportingOfficer=Director+of+Children%27s+Services&wards=All&purpose=To+update.&recommendation=That+the+report+be+noted."
            let r = try await client.execute(uri: settings, method: .post, headers: Self.form(f, .manager), body: ByteBuffer(string: body))
            #expect(r.status == .seeOther)
            let pack = try await Self.service(f).pack(meeting: ServerFixture.meeting)
            #expect(pack.sections.map(\.kind) == [.cover, .keyMessages, .plan, .arising], "the key messages open every pack")
            #expect(pack.cover.facts.contains(PackKeyValue("Report to", "Executive Board")))
            #expect(pack.cover.facts.contains(PackKeyValue("Reporting officer", "Director of Children's Services")))
            let none = "_csrf=\(ServerFixture.csrf)&section-cover=on&reportTo=Executive+Board"
            #expect(try await client.execute(uri: settings, method: .post, headers: Self.form(f, .manager), body: ByteBuffer(string: none)).status == .unprocessableContent)
            // Back to the defaults for the other tests.
            try await f.store.savePackSettings(.defaults(for: Board(id: ServerFixture.board, kind: .improvement, name: "Fixture board", chair: "")),
                                               authority: "876")
        }
    }

    @Test func theCorporateParentingPackFocusesOnChildrenInCareAndCareLeavers() async throws {
        let f = try await ServerFixture.shared()
        let inputs = try await Self.service(f).inputs(meeting: ServerFixture.meeting)
        let cpb = Board(id: "cpb", kind: .corporateParenting, name: "Corporate Parenting Board", chair: "Lead Member")
        let pack = BoardPackBuilder(inputs: inputs.with(board: cpb, settings: .defaults(for: cpb))).build()
        #expect(pack.title == "Children in care and care leavers")
        #expect(pack.sections.map(\.kind) == [.cover, .keyMessages, .childrenInCare, .careLeavers, .sufficiency, .arising, .implications])
        let text = pack.plainText
        for title in ["Initial health assessments", "Care leavers aged 19–21 in education, employment or training", "Children looked after by placement"] {
            #expect(text.localizedCaseInsensitiveContains(title) || text.contains(title), "\(title)")
        }
        #expect(!text.contains("Re-referrals within 12 months"), "front-door indicators are not in the corporate parenting pack")
    }

    @Test func noFormatOfThePackHoldsAChildIdentifier() async throws {
        let f = try await ServerFixture.shared()
        #expect(f.childIDs.count > 1000)
        let service = Self.service(f)
        let pack = try await service.pack(meeting: ServerFixture.meeting)
        let html = String(decoding: try await service.render(pack, as: .html), as: UTF8.self)
        let docx = try Self.documentXML(try await service.render(pack, as: .docx))
        for (name, text) in [("html", html), ("docx", docx), ("text", pack.plainText)] {
            let leaked = RouteAccessTests.identifiers(in: text).filter(f.childIDs.contains)
            #expect(leaked.isEmpty, "\(name) holds \(leaked.count) child identifiers")
        }
    }

    @Test func theAPIGivesThePackAsJSONWithTheSameSections() async throws {
        let f = try await ServerFixture.shared()
        let pack = try await Self.service(f).pack(meeting: ServerFixture.meeting)
        try await f.withClient { client in
            let r = try await client.execute(uri: "/api/v1/programme/meetings/\(ServerFixture.meeting)/pack", method: .get, headers: f.headers(.analyst))
            #expect(r.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let sections = try #require(json["sections"] as? [[String: Any]])
            #expect(sections.compactMap { $0["title"] as? String } == pack.sections.filter { $0.kind != .cover }.map(\.title))
            let types = Set(sections.flatMap { ($0["blocks"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String } })
            #expect(types.isSuperset(of: ["chart", "table", "facts", "paragraph"]))
            // The detail is in the appendices, lettered as the printed pack letters them.
            let appendices = try #require(json["appendices"] as? [[String: Any]])
            #expect(appendices.compactMap { $0["letter"] as? String } == pack.appendices.map(\.letter))
            #expect(appendices.compactMap { $0["title"] as? String } == pack.appendices.map(\.section.appendixTitle))
            let detail = Set(appendices.flatMap { ($0["blocks"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String } })
            #expect(detail.isSuperset(of: ["tiles", "chart", "table"]))
        }
    }

    @Test(.enabled(if: ChromiumPrinter.find() != nil)) func thePDFIsPrintedByChromium() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "pdf"), method: .get, headers: f.headers(.analyst))
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/pdf")
            #expect(Data(buffer: r.body).starts(with: Data("%PDF".utf8)) && r.body.readableBytes > 20_000)
        }
    }

    @Test(.enabled(if: Soffice.available)) func libreOfficeOpensTheWordPackWithItsHeadingsAndFigures() async throws {
        let f = try await ServerFixture.shared()
        let service = Self.service(f)
        let pack = try await service.pack(meeting: ServerFixture.meeting)
        let text = try await Soffice.text(ofDocx: try await service.render(pack, as: .docx))
        for section in pack.sections where section.kind != .cover { #expect(text.contains(section.title), "\(section.title)") }
        #expect(text.contains("Purpose of the report"))
        let summary = try #require(try await f.app.indicators.summary(id: "rereferrals_12m"))
        #expect(text.contains(IndicatorText(summary: summary, disclosure: .aggregate).value(summary.latest)))
    }

    // MARK: helpers

    static func service(_ f: ServerFixture) -> BoardPackService {
        BoardPackService(store: f.store, programme: ProgrammeService(store: f.store, indicators: f.app.indicators), indicators: f.app.indicators,
                         printer: ChromiumPrinter.find())
    }

    static func form(_ f: ServerFixture, _ role: UserRole) -> HTTPFields {
        var headers = f.headers(role)
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    /// The text of the Word document's body part.
    static func documentXML(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }
}

extension BoardPackInputs {
    func with(board: Board, settings: PackSettings) -> BoardPackInputs {
        BoardPackInputs(authorityName: authorityName, status: status, board: board, meeting: meeting, settings: settings, text: text,
                        summaries: summaries, workforce: workforce, sufficiency: sufficiency, ownCosts: ownCosts, submissions: submissions,
                        education: education)
    }
}

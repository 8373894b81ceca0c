import Foundation
@testable import HearthApplication
import HearthCore
import HearthReports
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The issue's journey, as a manager and a board member go through it in the web app and the
/// API: a manager creates "% of staff who feel valued" (quarterly), uploads three quarters by
/// CSV, sets a target, links it to a plan action with a trajectory; the measure then shows with
/// its RAG on its page, in the key messages, in the board pack (HTML, Word, PDF) and in the API.
@Suite(.serialized) struct LocalMeasureJourneyTests {
    static let id = "local_percent_of_staff_who_feel_valued"

    static func form(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole,
                     _ fields: [(String, String)]) async throws -> TestResponse {
        let body = ([("_csrf", ServerFixture.csrf)] + fields).map { "\($0)=\(ProgrammePagesTests.encode($1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: BoardPackTests.form(f, role), body: ByteBuffer(string: body))
    }

    static func upload(_ client: any TestClientProtocol, _ f: ServerFixture, _ csv: String) async throws -> TestResponse {
        let boundary = "hearth-measure-boundary"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(ServerFixture.csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"valued.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        return try await client.execute(uri: Site.measureUpload(id), method: .post,
                                        headers: f.headers(.manager, extra: [.contentType: "multipart/form-data; boundary=\(boundary)"]),
                                        body: ByteBuffer(string: body))
    }

    static func get(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: f.headers(role))
    }

    @Test func aManagersMeasureReachesThePageTheKeyMessagesThePackAndTheAPI() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                // A board member may not create one; a manager may.
                let fields = [("title", "% of staff who feel valued"),
                              ("definition", "Staff answering 'agree' or 'strongly agree' to 'I feel valued' in the quarterly staff survey, as a percentage of those answering."),
                              ("unit", "percentage"), ("polarity", "high"), ("frequency", "quarterly"), ("area", "workforce"),
                              ("owner", "manager"), ("source", "Quarterly staff survey"), ("board_visible", "on")]
                #expect(try await Self.form(client, f, Site.measureNew.path, .board, fields).status == .forbidden)
                let created = try await Self.form(client, f, Site.measureNew.path, .manager, fields)
                #expect(created.status == .seeOther && created.headers[.location] == Site.measure(Self.id))
                // A title left out is shown at its field, and nothing is made.
                let refused = try await Self.form(client, f, Site.measureNew.path, .manager, fields.filter { $0.0 != "title" })
                #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("Enter the title"))
                #expect(try await f.store.localMeasures(authority: "876").count == 1)

                // The template lists the quarters that have ended.
                let template = try await Self.get(client, f, Site.measureTemplate(Self.id), .manager)
                #expect(String(buffer: template.body).hasPrefix("period,value,numerator,denominator,note\n"))

                // An upload with one wrong row stores nothing and names the row and column.
                let bad = try await Self.upload(client, f, "Period,Value,Note\n2025-26 Q4,58,\nQ5 2026-27,61,\n")
                let badPage = String(buffer: bad.body)
                #expect(bad.status == .unprocessableContent && badPage.contains("Nothing was stored from valued.csv") && badPage.contains("Line 3, column period"))
                #expect(try await f.store.localMeasureValues(measure: Self.id, authority: "876").isEmpty)
                // Three quarters, written as a spreadsheet saves them: 58%, 61%, 64%.
                let good = try await Self.upload(client, f, "Period,Value,Note\r\n2025-26 Q4,58%,Spring survey\r\nQ1 2026-27,61,\r\n2026-27-Q2,64,\"Autumn: 212 of 331 replied\"\r\n")
                #expect(good.status == .seeOther)
                #expect(try await f.store.localMeasureValues(measure: Self.id, authority: "876").map(\.value) == [58, 61, 64])

                // A target of 70% from 1 April 2026, amber within 5 points: 64% is 6 short, so red.
                let target = try await Self.form(client, f, Site.target(Self.id), .manager,
                                                 [("target", "70"), ("tolerance", "5"), ("from", "2026-04-01"), ("reason", "Recruitment and retention strategy")])
                #expect(target.status == .seeOther)
                #expect(try await Self.form(client, f, Site.target(Self.id), .board, [("target", "1"), ("tolerance", "1"), ("reason", "x")]).status == .forbidden)
                // Linked to action 1.1 on a line from 58% (31 March 2026) to 76% (31 March 2027): on
                // 30 September 2026, 183 of its 365 days along, the line expects 58 + 18 × 183/365 = 67.0%; 64% is off it.
                let linked = try await Self.form(client, f, Site.actionTrajectories("1.1"), .manager,
                                                 [("indicator", Self.id), ("baseline", "58"), ("baseline_date", "2026-03-31"),
                                                  ("target", "76"), ("target_date", "2027-03-31")])
                #expect(linked.status == .seeOther)

                // Its page, for a board member: the latest quarter, red, improving (58 → 64 over the year), the target's source.
                let page = String(buffer: try await Self.get(client, f, Site.measure(Self.id), .board).body)
                #expect(page.contains("64.0%") && page.contains(">Red<") && page.contains("Improving"))
                #expect(page.contains("Target 70.0%, amber within 5.0%") && page.contains("set by manager from 01/04/2026"))
                #expect(!page.contains("Enter a value"), "a board member reads, never writes")
                // An /indicators address leads to it, so every link to an indicator does.
                #expect(try await Self.get(client, f, Site.indicator(Self.id), .board).headers[.location] == Site.measure(Self.id))
                // The target's page keeps the history.
                let targetPage = String(buffer: try await Self.get(client, f, Site.target(Self.id), .viewer).body)
                #expect(targetPage.contains("Recruitment and retention strategy") && targetPage.contains("01/04/2026"))
                // The overview shows it among the tiles, to a board member too.
                let overview = String(buffer: try await Self.get(client, f, Site.overview.path, .board).body)
                #expect(overview.contains("Local measures") && overview.contains("% of staff who feel valued"))

                // The key messages of the board's pack name it red and off the plan's trajectory.
                let messages = KeyMessages(try await BoardPackTests.service(f).inputs(meeting: ServerFixture.meeting))
                    .groups.flatMap(\.messages).map(\.text).joined(separator: "\n")
                #expect(messages.contains("% of staff who feel valued: 64.0% in Q2 2026-27 against a target of 70.0% (red)."))
                #expect(messages.contains("Indicators off the trajectory the plan set:") && messages.contains("% of staff who feel valued"))
                // The workforce section carries its scorecard: in HTML, Word and (where Chromium prints) PDF.
                let html = String(buffer: try await Self.get(client, f, Site.meetingPack(ServerFixture.meeting, format: "html"), .manager).body)
                #expect(html.contains("% of staff who feel valued") && html.contains("64.0%"))
                let docx = try await Self.get(client, f, Site.meetingPack(ServerFixture.meeting, format: "docx"), .manager)
                let word = try BoardPackTests.documentXML(Data(buffer: docx.body))
                #expect(word.contains("% of staff who feel valued") && word.contains("64.0%"))
                if ChromiumPrinter.find() != nil {
                    let pdf = try await Self.get(client, f, Site.meetingPack(ServerFixture.meeting, format: "pdf"), .manager)
                    let text = try DisclosureTests.pdfText(Data(buffer: pdf.body))
                    #expect(text.contains("(PDF:") || (text.contains("feel valued") && text.contains("64.0%")))
                }

                // The API: the list (a board member's), one measure with its history, values in and refused.
                let list = try await Self.get(client, f, Site.API.measures.path, .board)
                let measures = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]])
                let figure = try #require(measures.first { $0["id"] as? String == Self.id }?["figure"] as? [String: Any])
                #expect(figure["value"] as? Double == 64 && figure["shown"] as? String == "64.0%" && figure["rag"] as? String == "Red")
                var headers = f.headers(.manager)
                headers[.contentType] = "application/json"
                headers[.csrfToken] = ServerFixture.csrf
                let wrong = try await client.execute(uri: Site.API.measureValues(Self.id), method: .post, headers: headers,
                                                     body: ByteBuffer(string: #"[{"period":"Q3 2026-27","value":66},{"period":"Q4 2026-27","value":180}]"#))
                #expect(wrong.status == .unprocessableContent && String(buffer: wrong.body).contains("[1].value"))
                let corrected = try await client.execute(uri: Site.API.measureValues(Self.id), method: .post, headers: headers,
                                                         body: ByteBuffer(string: #"{"period":"2026-27-Q2","value":65,"note":"Late returns counted"}"#))
                #expect(corrected.status == .created)
                let one = try await Self.get(client, f, Site.API.measure(Self.id), .analyst)
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: one.body)) as? [String: Any])
                let values = try #require(answer["values"] as? [[String: Any]])
                // Four entries, the correction first; Q2's 64 kept in the history but no longer current.
                #expect(values.count == 4 && values.first?["value"] as? Double == 65 && values.first?["current"] as? Bool == true)
                #expect(values.contains { $0["value"] as? Double == 64 && $0["current"] as? Bool == false })
                let targetAPI = try await Self.get(client, f, Site.API.target(Self.id), .board)
                #expect(String(buffer: targetAPI.body).contains("\"target\":70"))
                // Every write is in the audit log.
                let audit = try await f.store.auditRecords(user: "manager", limit: 50).map(\.action)
                #expect(Set(audit).isSuperset(of: ["create local measure", "upload local measure values", "set target", "set trajectory"]))
            }
        }
    }

    @Test func aMeasureKeptFromBoardsIsNotThereForThem() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                let created = try await Self.form(client, f, Site.measureNew.path, .analyst, [
                    ("title", "Case audits graded good"), ("definition", "Audits graded good or better, of audits completed."),
                    ("unit", "percentage"), ("polarity", "high"), ("frequency", "monthly"), ("area", "other"), ("owner", "analyst")])
                #expect(created.status == .seeOther)
                let id = "local_case_audits_graded_good"
                for role in [UserRole.board, .viewer, .secretary] {
                    #expect(try await Self.get(client, f, Site.measure(id), role).status == .notFound)
                    #expect(try await Self.get(client, f, Site.API.measure(id), role).status == .notFound)
                    #expect(try await Self.get(client, f, Site.target(id), role).status == .notFound)
                    #expect(!String(buffer: try await Self.get(client, f, Site.measures.path, role).body).contains("Case audits"))
                }
                #expect(try await Self.get(client, f, Site.measure(id), .manager).status == .ok)
                let service = BoardPackTests.service(f)
                let pack = try await service.pack(meeting: ServerFixture.meeting)
                let html = String(decoding: try await service.render(pack, as: .html), as: UTF8.self)
                #expect(!pack.sections.contains { $0.kind == .localMeasures } && !html.contains("Case audits"))
                // One shown to boards, of no other area, has the pack's "Local measures" section.
                let shown = try await Self.form(client, f, Site.measureNew.path, .analyst, [
                    ("title", "Complaints resolved at stage 1"), ("definition", "Complaints resolved at stage 1, of complaints closed."),
                    ("unit", "percentage"), ("polarity", "high"), ("frequency", "quarterly"), ("area", "other"), ("owner", "analyst"),
                    ("board_visible", "on")])
                #expect(shown.status == .seeOther)
                let entered = try await Self.form(client, f, Site.measureValues("local_complaints_resolved_at_stage_1"), .analyst,
                                                  [("period", "2026-27 Q2"), ("value", "81"), ("note", "")])
                #expect(entered.status == .seeOther)
                let withSection = try await service.pack(meeting: ServerFixture.meeting)
                #expect(withSection.sections.contains { $0.kind == .localMeasures })
                let rendered = String(decoding: try await service.render(withSection, as: .html), as: UTF8.self)
                #expect(rendered.contains("Local measures") && rendered.contains("Complaints resolved at stage 1") && rendered.contains("81.0%"))
            }
        }
    }

    @Test func aWorkforceCensusMeasureTakesItsTargetInTheApp() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                // Before: England's published figure is the agency rate's target, as for every indicator.
                let before = String(buffer: try await Self.get(client, f, Site.workforce.path, .board).body)
                #expect(before.contains("href=\"/targets/sw_agency_rate\""))
                // A measure with no target (or read in context) has no RAG, not an empty tag.
                #expect(!before.contains("<strong class=\"tag rag-neutral\"></strong>") && !before.contains("rag-neutral\"></strong>"))
                let set = try await Self.form(client, f, Site.target("sw_agency_rate"), .manager,
                                              [("target", "12.5"), ("tolerance", "2"), ("from", "2026-04-01"), ("reason", "Agency reduction plan")])
                #expect(set.status == .seeOther)
                // The workforce page, the target's page and the pack all read the one set in Hearth.
                let page = String(buffer: try await Self.get(client, f, Site.workforce.path, .board).body)
                #expect(page.contains(">12.5%</a>"))
                let target = String(buffer: try await Self.get(client, f, Site.target("sw_agency_rate"), .viewer).body)
                #expect(target.contains("Agency reduction plan") && target.contains("href=\"/workforce#measures\""))
                let pack = String(decoding: try await BoardPackTests.service(f).render(
                    try await BoardPackTests.service(f).pack(meeting: ServerFixture.meeting), as: .html), as: UTF8.self)
                #expect(pack.contains("12.5%"))
                // The workforce's own measures (from the staff records, not DfE's) take targets the same way.
                let own = try await Self.form(client, f, Site.target("sw_agency_rate_practitioners"), .manager,
                                              [("target", "10"), ("tolerance", "2"), ("reason", "Fewer agency practitioners")])
                #expect(own.status == .seeOther)
                let ownPage = String(buffer: try await Self.get(client, f, Site.workforce.path, .board).body)
                #expect(ownPage.contains("Agency rate: practitioners") && ownPage.contains("href=\"/targets/sw_agency_rate_practitioners\">10.0%</a>"))
                let ownPack = String(decoding: try await BoardPackTests.service(f).render(
                    try await BoardPackTests.service(f).pack(meeting: ServerFixture.meeting), as: .html), as: UTF8.self)
                #expect(ownPack.contains("The workforce&#39;s own measures") || ownPack.contains("The workforce's own measures"))
                #expect(ownPack.contains("Agency rate: practitioners"))
                // An action linked to the agency rate on a line that expects none (0% throughout) is off it.
                let line = try await Self.form(client, f, Site.actionTrajectories("1.1"), .manager,
                                               [("indicator", "sw_agency_rate"), ("baseline", "0"), ("baseline_date", "2026-04-01"),
                                                ("target", "0"), ("target_date", "2027-03-31")])
                #expect(line.status == .seeOther)
                let action = String(buffer: try await Self.get(client, f, Site.action("1.1"), .board).body)
                #expect(action.contains("Agency rate") && action.contains("off trajectory") && action.contains("the trajectory expects 0.0%"))
                let status = try await ProgrammeService(store: f.store, indicators: f.app.indicators,
                                                        workforce: WorkforceService(store: f.store, indicators: f.app.indicators, rates: .illustrative)).status()
                #expect(status.offTrajectory["sw_agency_rate"]?.hasPrefix("Agency rate: ") == true)
                // A measure read in context (the caseload, against each team's target) takes none.
                let caseload = try await Self.form(client, f, Site.target("sw_caseload"), .manager,
                                                   [("target", "15"), ("tolerance", "1"), ("reason", "x")])
                #expect(caseload.status == .unprocessableContent && String(buffer: caseload.body).contains("read in context"))
            }
        }
    }

    @Test func aPlacementsFigureTakesItsTargetAndItsRAGGoesWithItsFigure() async throws {
        let f = try await ServerFixture.make()
        try await ServerFixture.closing(f.store) {
            try await f.withClient { client in
                // None unregistered is the aim: a target of 0, nothing allowed short of it, so any child is red.
                let set = try await Self.form(client, f, Site.target("suff_unregistered"), .manager,
                                              [("target", "0"), ("tolerance", "0"), ("reason", "No child in unregistered provision")])
                #expect(set.status == .seeOther)
                let report = try #require(try await WorkforceService(store: f.store, indicators: f.app.indicators, rates: .illustrative).sufficiency()).0
                let n = report.unregistered.count
                let manager = String(buffer: try await Self.get(client, f, Site.sufficiency.path, .manager).body)
                #expect(manager.contains("Children in unregistered provision") && manager.contains("href=\"/targets/suff_unregistered\""))
                #expect(manager.contains(n > 0 ? ">Red<" : ">Green<"), "\(n) unregistered against a target of 0")
                #expect(!manager.contains("rag-neutral\"></strong>"), "the figures with no target have no RAG tag")
                // A board member: 1 to 5 children is "c", and so is the RAG beside it.
                let board = String(buffer: try await Self.get(client, f, Site.sufficiency.path, .board).body)
                if (1...5).contains(n) { #expect(!board.contains(">Red<") && board.contains(">c<")) }
                let target = String(buffer: try await Self.get(client, f, Site.target("suff_unregistered"), .board).body)
                #expect(target.contains("href=\"/sufficiency#targets\"") && target.contains("No child in unregistered provision"))
                // Linked to an action on a line that expects no high-cost placement: off it when there
                // are more than 5; with 1 to 5 (hidden from boards) it is not judged, since the board reads the reasons.
                let highCost = report.highCost.count
                let linked = try await Self.form(client, f, Site.actionTrajectories("1.1"), .manager,
                                                 [("indicator", "suff_high_cost"), ("baseline", "0"), ("baseline_date", "2026-04-01"),
                                                  ("target", "0"), ("target_date", "2027-03-31")])
                #expect(linked.status == .seeOther)
                let status = try await ProgrammeService(store: f.store, indicators: f.app.indicators,
                                                        workforce: WorkforceService(store: f.store, indicators: f.app.indicators, rates: .illustrative)).status()
                #expect((status.offTrajectory["suff_high_cost"] != nil) == (highCost > 5), "\(highCost) in high-cost placements")
                let action = String(buffer: try await Self.get(client, f, Site.action("1.1"), .board).body)
                #expect(action.contains("Children in high-cost placements") && action.contains((1...5).contains(highCost) ? ": c (" : ": \(highCost) ("))
            }
        }
    }
}


import Foundation
import HearthReports
import HearthStore
import HearthTestSupport
import Hummingbird
import HummingbirdTesting
import HearthCore
import Testing
import ZIPFoundation
@testable import HearthServer

/// The self-evaluation's life in the web app: an analyst saves a version, board roles cannot
/// reach it until a manager issues it, then read it with counts of 1 to 5 children as "c";
/// Word and PDF downloads; every write audited.
@Suite(.serialized) struct SelfEvaluationTests {
    static func request(_ f: SmallNumbersFixture, _ uri: String, _ role: UserRole, method: HTTPRequest.Method = .get,
                        form: String? = nil) async throws -> (status: HTTPResponse.Status, body: Data, headers: HTTPFields) {
        let application = Application(responder: f.responder)
        return try await application.test(.router) { client in
            var headers = f.headers(role)
            if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
            let r = try await client.execute(uri: uri, method: method, headers: headers,
                                             body: form.map { ByteBuffer(string: "_csrf=\(ServerFixture.csrf)&" + $0) })
            return (r.status, Data(buffer: r.body), r.headers)
        }
    }

    @Test func aDraftReachesBoardRolesOnlyOnceIssuedAndThenWithSmallCountsAsC() async throws {
        // Given the small-numbers authority (version 1 issued, version 2 a draft, by the fixture)
        let f = try await SmallNumbersFixture.make(.a)
        // When an analyst saves a new version with an answer
        let saved = try await Self.request(f, Site.sef.path, .analyst, method: .post,
                                           form: "summary=Our+summary&help-and-protection-0=Audits+show+good+practice")
        #expect(saved.status == .seeOther)
        #expect(saved.headers[.location] == "/sef/3")
        // Then the analyst reads it, with exact figures
        let draft = String(decoding: try await Self.request(f, "/sef/3", .analyst).body, as: UTF8.self)
        #expect(draft.contains("Audits show good practice"))
        #expect(draft.contains("What do we know about the quality and impact of social work practice?"))
        #expect(!draft.contains("<td class=\"num\">c ("))
        // and no board role can reach it: not the page, its files, its API answer, nor the list
        for role in [UserRole.board, .viewer, .secretary] {
            #expect(try await Self.request(f, "/sef/3", role).status == .notFound)
            #expect(try await Self.request(f, "/sef/3/self-evaluation.docx", role).status == .notFound)
            #expect(try await Self.request(f, "/api/v1/sef/3", role).status == .notFound)
            let list = String(decoding: try await Self.request(f, Site.sef.path, role).body, as: UTF8.self)
            #expect(list.contains("href=\"/sef/1\"") && !list.contains("href=\"/sef/3\"") && !list.contains("href=\"/sef/2\""))
            #expect(!list.contains("id=\"sef-form\""))
        }
        // A manager is offered the issue button on each draft; an analyst, who may not issue, is not
        let managerList = String(decoding: try await Self.request(f, Site.sef.path, .manager).body, as: UTF8.self)
        #expect(managerList.contains("action=\"/sef/3/issue\"") && managerList.contains("Issue version 3"))
        #expect(!managerList.contains("action=\"/sef/1/issue\""))
        let analystList = String(decoding: try await Self.request(f, Site.sef.path, .analyst).body, as: UTF8.self)
        #expect(!analystList.contains("/issue\"") && analystList.contains("id=\"sef-form\""))
        // When a manager issues it
        let issued = try await Self.request(f, "/sef/3/issue", .manager, method: .post, form: "")
        #expect(issued.status == .seeOther)
        // Then a board member reads it, small counts as c, and its Word file holds the three questions
        let page = try await Self.request(f, "/sef/3", .board)
        #expect(page.status == .ok)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains("Audits show good practice"))
        #expect(html.contains("<td class=\"num\">c ("))
        #expect(html.contains("Counts of 1 to 5 children are shown as c."))
        let docx = try await Self.request(f, "/sef/3/self-evaluation.docx", .board)
        #expect(docx.status == .ok)
        #expect(docx.headers[.contentDisposition]?.contains("self-evaluation-v3.docx") == true)
        let xml = try DisclosureTests.docxParts(docx.body)
        for question in ["What do we know about the quality and impact of social work practice?", "How do we know it?",
                         "What are our plans for the next 12 months?"] {
            #expect(xml.contains(question))
        }
        // An issued version never changes
        #expect(try await Self.request(f, "/sef/3/issue", .manager, method: .post, form: "").status == .conflict)
        // Every write left an audit record
        let audit = try await f.store.auditRecords(user: nil, limit: 50).map(\.action)
        #expect(audit.contains("save self-evaluation version 3") && audit.contains("issue self-evaluation version 3"))
        try await f.close()
    }

    @Test func boardRolesCannotWriteOrIssue() async throws {
        let f = try await SmallNumbersFixture.make(.a)
        #expect(try await Self.request(f, Site.sef.path, .board, method: .post, form: "summary=x").status == .forbidden)
        #expect(try await Self.request(f, "/sef/2/issue", .analyst, method: .post, form: "").status == .forbidden)
        // An empty form is refused with the form, nothing saved
        let empty = try await Self.request(f, Site.sef.path, .analyst, method: .post, form: "summary=")
        #expect(empty.status == .unprocessableContent)
        #expect(String(decoding: empty.body, as: UTF8.self).contains("Write the summary or at least one answer"))
        try await f.close()
    }

    @Test(.enabled(if: Soffice.available)) func libreOfficeOpensTheIssuedWordFileWithItsAreasAndQuestions() async throws {
        let f = try await SmallNumbersFixture.make(.a)
        let docx = try await Self.request(f, "/sef/1/self-evaluation.docx", .viewer)
        #expect(docx.status == .ok)
        let text = try await Soffice.text(ofDocx: docx.body)
        for area in ILACSArea.allCases { #expect(text.contains(area.title), "\(area.title)") }
        for question in SelfEvaluationNarrative.questions { #expect(text.contains(question)) }
        #expect(text.contains("Seeded answer"))
        try await f.close()
    }

    @Test(.enabled(if: ChromiumPrinter.find() != nil)) func thePDFIsPrintedByChromium() async throws {
        let f = try await SmallNumbersFixture.make(.a)
        // The issued version's PDF, frozen when it was issued, for a board member
        let r = try await Self.request(f, "/sef/1/self-evaluation.pdf", .board)
        #expect(r.status == .ok)
        #expect(r.headers[.contentType] == "application/pdf")
        #expect(r.body.starts(with: Data("%PDF".utf8)))
        // and a draft's, printed now, for an officer
        let draft = try await Self.request(f, "/sef/2/self-evaluation.pdf", .manager)
        #expect(draft.status == .ok && draft.body.starts(with: Data("%PDF".utf8)))
        try await f.close()
    }
}

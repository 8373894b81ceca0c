import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// A long upload shows that it is working and which step it is on, without JavaScript: the
/// request sends the user to the job's page, which refreshes itself until it shows the result.
@Suite struct UploadProgressTests {
    @Test func anUploadThatTakesLongerThanTheWaitShowsItsStepsThenItsResult() async throws {
        let store = try await StoreFactory.open(.sqliteMemory)
        try await ServerFixture.closing(store) {
            let sessions = try await ServerFixture.signIn(store)
            // No wait at all: every upload goes by its progress page.
            let (_, router, _) = try await ServerFixture.makeApp(store, uploadWait: 0)
            let app = Application(responder: router.buildResponder())
            let dir = try ServerFixture.generate(year: 2024, seed: 12, modelledOn: "857")
            var analyst = HTTPFields()
            analyst[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
            var upload = analyst
            upload[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
            let sent = upload, cookie = analyst
            var admin = HTTPFields()
            admin[.cookie] = ServerFixture.cookie(session: sessions[.admin])
            let other = admin
            try await app.test(.router) { client in
                let posted = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                                      body: try UploadTests.multipart(ReturnImporter.files(in: dir), csrf: ServerFixture.csrf))
                #expect(posted.status == .seeOther)
                let job = try #require(posted.headers[.location])
                #expect(job.hasPrefix("/data/uploads/"))
                // Only the user who uploaded sees the job (its page shows the files' problems).
                #expect(try await client.execute(uri: job, method: .get, headers: other).status == .notFound)
                var sawProgress = false
                var page = ""
                for _ in 0..<600 {
                    let r = try await client.execute(uri: job, method: .get, headers: cookie)
                    page = String(buffer: r.body)
                    if page.contains("id=\"upload-progress\"") {
                        sawProgress = true
                        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
                        #expect(page.contains("<strong>Receiving the files</strong>: done"))
                        try await Task.sleep(for: .milliseconds(50))
                        continue
                    }
                    break
                }
                #expect(sawProgress, "the first look finds the import still working")
                #expect(page.contains("Returns stored"), "the job's page ends as the upload's result")
            }
            #expect(try await store.submissions(authority: "876").count == 1)
        }
    }

    @Test func aRecomputeGoesByTheSameProgressPageAndEndsOnTheDataPage() async throws {
        let store = try await StoreFactory.open(.sqliteMemory)
        try await ServerFixture.closing(store) {
            let sessions = try await ServerFixture.signIn(store)
            let (_, router, _) = try await ServerFixture.makeApp(store, uploadWait: 0)
            let app = Application(responder: router.buildResponder())
            var headers = HTTPFields()
            headers[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
            let cookie = headers
            headers[.contentType] = "application/x-www-form-urlencoded"
            let sent = headers
            try await app.test(.router) { client in
                let posted = try await client.execute(uri: "/data/recompute", method: .post, headers: sent,
                                                      body: ByteBuffer(string: "_csrf=\(ServerFixture.csrf)"))
                #expect(posted.status == .seeOther)
                let job = try #require(posted.headers[.location])
                #expect(job.hasPrefix("/data/uploads/"))
                var page = ""
                for _ in 0..<600 {
                    page = String(buffer: try await client.execute(uri: job, method: .get, headers: cookie).body)
                    if !page.contains("id=\"upload-progress\"") { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                // An empty store: nothing to compute, and the data page says so.
                #expect(page.contains("Re-computed: 0 indicator figures stored."))
            }
        }
    }

    @Test func theUploadFormTakesTheSSDA903YearWhenTheTablesCannotSayIt() async throws {
        // An SSDA903 header table alone: no date in it says which year it is for.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = dir.appendingPathComponent("header.csv")
        try Data("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n1001,1,01/02/2010,WBRI,A123456789012,,\r\n".utf8).write(to: header)
        func body(year: String?) throws -> ByteBuffer {
            var b = try UploadTests.multipart([header], csrf: ServerFixture.csrf)
            guard let year else { return b }
            // The year field before the closing boundary, as a browser sends the form's fields.
            var text = String(buffer: b)
            text = text.replacingOccurrences(of: "--HearthBoundary7d2--", with:
                "--HearthBoundary7d2\r\nContent-Disposition: form-data; name=\"ssda903_year\"\r\n\r\n\(year)\r\n--HearthBoundary7d2--")
            b = ByteBuffer(string: text)
            return b
        }
        for (year, asks) in [(nil, true), ("2025", false)] as [(String?, Bool)] {
            let store = try await StoreFactory.open(.sqliteMemory)
            try await ServerFixture.closing(store) {
                let sessions = try await ServerFixture.signIn(store)
                let (_, router, _) = try await ServerFixture.makeApp(store)
                let app = Application(responder: router.buildResponder())
                var headers = HTTPFields()
                headers[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
                headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
                let sent = headers, payload = try body(year: year)
                try await app.test(.router) { client in
                    let page = String(buffer: try await client.execute(uri: "/data/upload", method: .post, headers: sent, body: payload).body)
                    #expect(page.contains("say which (&quot;SSDA903 year&quot; on the upload form") == asks, "year \(year ?? "none")")
                }
            }
        }
        // A year that is not one is refused at its field, with the form.
        let f = try await ServerFixture.shared()
        var headers = f.headers(.analyst)
        headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
        let sent = headers, bad = try body(year: "24-25")
        try await f.withClient { client in
            let r = try await client.execute(uri: "/data/upload", method: .post, headers: sent, body: bad)
            #expect(r.status == .unprocessableContent)
            #expect(String(buffer: r.body).contains("<a href=\"#ssda903-year\">The SSDA903 year must be a year such as 2025 (for 2024-25).</a>"))
        }
    }

    @Test func aJobNoLongerKeptSaysWhereItsResultIs() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/data/uploads/no-such-job", method: .get, headers: f.headers(.analyst))
            #expect(r.status == .notFound)
            #expect(String(buffer: r.body).contains("its result is in the submissions on the Data page"))
        }
    }
}

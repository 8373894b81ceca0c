import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Councils prepare Annex A on its own before an inspection. Before issue 17 an Annex A imported
/// alone was filed under year 0, and every later request to `/data` trapped building the label of
/// year 0 (`Day(year: -1, …)!`), restart after restart.
@Suite struct AnnexAAloneTests {
    /// An empty store with a signed-in analyst, and the app on it.
    static func emptyApp() async throws -> (store: SQLStore, responder: RouterResponder<AppContext>, headers: HTTPFields) {
        let store = try await StoreFactory.open(.sqliteMemory)
        let sessions = try await ServerFixture.signIn(store)
        let (_, router, _) = try await ServerFixture.makeApp(store)
        var headers = HTTPFields()
        headers[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
        return (store, router.buildResponder(), headers)
    }

    static func get(_ path: String, _ responder: RouterResponder<AppContext>, _ headers: HTTPFields) async throws -> (HTTPResponse.Status, String) {
        let app = Application(responder: responder)
        return try await app.test(.router) { client in
            let r = try await client.execute(uri: path, method: .get, headers: headers)
            return (r.status, String(buffer: r.body))
        }
    }

    @Test func anAnnexAWorkbookUploadedAloneImportsShowsOnDataAndTheServerKeepsServing() async throws {
        let (store, responder, cookies) = try await Self.emptyApp()
        try await ServerFixture.closing(store) {
            // Rutland's lists (an Annex A carries no authority code: the app files it under its own, 876),
            // a fifth the size of Halton's and generated as much faster.
            let profile = try AuthorityProfile.published("857", collectionYear: 2025, statistics: ServerFixture.shipped())
            let generated = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 5)
            let annexA = try #require(generated.annexA)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-annexa-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let workbook = dir.appendingPathComponent("annex-a.xlsx")
            try AnnexAWriter.workbook(annexA).write(to: workbook)

            var headers = cookies
            headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
            let sent = headers
            let app = Application(responder: responder)
            try await app.test(.router) { client in
                let r = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                                 body: try UploadTests.multipart([workbook], csrf: ServerFixture.csrf))
                let html = String(buffer: r.body)
                #expect(r.status == .ok, "\(html.prefix(2000))")
                #expect(html.contains("Returns stored"))
            }
            let submissions = try await store.submissions(authority: "876")
            let stored = try #require(submissions.first)
            // The lists run up to the generated year's end (31 March 2025): the year ending March 2025.
            #expect(stored.collectionYear == 2025)
            #expect(stored.parts == [SubmissionPart(kind: .annexA, year: 2025)])

            let (dataStatus, data) = try await Self.get("/data", responder, cookies)
            #expect(dataStatus == .ok)
            #expect(data.contains("Annex A 2024-25"))
            let (oneStatus, _) = try await Self.get("/data/submissions/\(stored.id)", responder, cookies)
            #expect(oneStatus == .ok)
            let (healthStatus, _) = try await Self.get("/health", responder, cookies)
            #expect(healthStatus == .ok)
        }
    }

    /// An Annex A whose lists hold no date at all has no year to file it under: it is stored
    /// under year 0, and every page that lists it says the year is not known instead of trapping.
    @Test func anAnnexAWithNoDatesIsStoredAndEveryPageStillServes() async throws {
        let (store, responder, cookies) = try await Self.emptyApp()
        try await ServerFixture.closing(store) {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-annexa-\(UUID().uuidString).csv")
            try Data("Child ID\nC1\n".utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let annexA = AnnexA(records: [.contacts: [AnnexARecord(list: .contacts, id: "C1")]])
            #expect(annexA.collectionYear == nil)
            let set = ReturnSet(dataset: Dataset(annexA: annexA), files: [], problems: [])
            guard case .stored(let summary) = try await store.importSubmission(ImportRequest(returnSet: set, files: [file], importedBy: "t", authority: "876")) else {
                Issue.record("not stored"); return
            }
            #expect(summary.parts == [SubmissionPart(kind: .annexA, year: 0)])
            for path in ["/data", "/data/submissions/\(summary.id)", "/", "/programme"] {
                let (status, html) = try await Self.get(path, responder, cookies)
                #expect(status == .ok, "\(path)")
                if path.hasPrefix("/data") { #expect(html.contains("year not known"), "\(path)") }
            }
        }
    }

    /// The year an Annex A is filed under, from DfE's layout: its lists run to the inspection, so
    /// the year is the one holding the latest dates, and one mistyped date cannot move it.
    @Test func anAnnexAIsFiledUnderTheYearOfItsLatestDates() {
        func record(_ iso: String) -> AnnexARecord { AnnexARecord(list: .contacts, id: iso, date: Day(iso: iso)) }
        // 1 April 2025 starts the year ending 31 March 2026.
        #expect(AnnexA(records: [.contacts: [record("2025-03-31"), record("2025-04-01")]]).collectionYear == 2026)
        #expect(AnnexA(records: [.contacts: [record("2024-06-01"), record("2025-03-31")]]).collectionYear == 2025)
        // 150 dates in 2024-25 and one typed 2052: the 2052 is in the top 1 in 100, passed over.
        let many = (0..<150).map { _ in record("2025-01-10") } + [record("2052-01-10")]
        #expect(AnnexA(records: [.contacts: many]).collectionYear == 2025)
    }

    @Test func aYearNoDateCanHoldStillMakesAPeriodAndALabel() {
        #expect(ReportingPeriod.financialYear(0).start <= ReportingPeriod.financialYear(0).end)
        #expect(IndicatorText.yearLabel(0) == "year not known")
        #expect(IndicatorText.yearLabel(2025) == "2024-25")
        #expect(ReportingPeriod(parsing: "9223372036854775807-00") == nil)
        let r = SSDA903Return(collectionYear: 0)
        #expect(r.periodStart <= r.periodEnd)
    }
}

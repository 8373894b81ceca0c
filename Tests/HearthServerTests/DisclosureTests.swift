import Foundation
import HearthIndicators
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation
@testable import HearthServer

/// Nothing a board member, viewer or secretary can reach gives away a count of 1 to 5, nor a
/// number it can be worked out from. Proved by difference: two authorities that agree on every
/// figure that may be shown, and differ only in small hidden counts, must answer every page, API
/// call, CSV and board pack (HTML, which the PDF is printed from, and Word) byte for byte alike.
@Suite(.serialized) struct DisclosureTests {
    static let roles: [UserRole] = [.board, .viewer, .secretary]

    @Test func everyBoardVisibleOutputIsTheSameWhateverTheHiddenSmallCounts() async throws {
        // Given the two variants of the small-numbers authority
        let a = try await SmallNumbersFixture.make(.a)
        let b = try await SmallNumbersFixture.make(.b)
        var compared = 0
        for role in Self.roles {
            // When every GET route the role may use is rendered in both
            let addresses = a.routes.entries
                .filter { $0.method == "GET" && $0.access.access.allows(role) }
                .flatMap { SmallNumbersFixture.addresses($0.path) }
            for uri in addresses {
                #expect(!uri.contains(":"), "\(uri): a route parameter the fixture does not fill")
                let (statusA, bodyA) = try await Self.get(uri, a, role)
                let (statusB, bodyB) = try await Self.get(uri, b, role)
                // Then they are the same, to the byte once times and tokens are set aside
                #expect(statusA == statusB, "\(uri) for \(role.rawValue): \(statusA) and \(statusB)")
                if bodyA != bodyB {
                    Issue.record("\(uri) for \(role.rawValue) differs where the hidden counts do: \(Self.firstDifference(bodyA, bodyB))")
                }
                if statusA == 200 { compared += 1 }
            }
        }
        // Every page and format was rendered, not refused: 3 roles × (28 indicators × 4 routes + the rest)
        #expect(compared > 3 * 28 * 4)
        try await a.close()
        try await b.close()
    }

    @Test func whatMayBeShownIsStillShown() async throws {
        // Given the small-numbers authority, read by a board member
        let f = try await SmallNumbersFixture.make(.a)
        let overview = try await Self.get(Site.overview.path, f, .board).body
        // The indicator with large counts keeps its value (45 of 100) and its RAG
        #expect(overview.contains("45.0%"))
        // The shown placement groups keep their children and cost: 12 in-house at £500 a week
        let sufficiency = try await Self.get(Site.sufficiency.path, f, .board).body
        #expect(sufficiency.contains("£6,000") && sufficiency.contains(">12<"))
        // The URN-priced line is a child-level role's only
        #expect(!sufficiency.contains("SC000001") && !sufficiency.contains("14,000"))
        let costs = try await Self.get(Site.placementCostsCSV.path, f, .board).body
        #expect(!costs.contains("SC000001"))
        let managerCosts = try await Self.get(Site.placementCostsCSV.path, f, .manager).body
        #expect(managerCosts.contains("SC000001"))
        // A manager sees the exact figures the board does not
        let exact = try await Self.get(Site.indicator("cla_rate"), f, .manager).body
        #expect(exact.contains("1.3"))
        // A local measure of staff is shown to the board as it is (72% is 3 short of its 75, beyond the 2 allowed: red);
        // one of children shows "c" for its 3 children waiting, to a board member and only to one.
        let valued = try await Self.get(Site.measure("local_percent_of_staff_who_feel_valued"), f, .board).body
        #expect(valued.contains("72.0%") && valued.contains(">Red<"))
        let waiting = try await Self.get(Site.measure("local_children_waiting_for_an_advocate"), f, .board).body
        #expect(waiting.contains(">c<") && !waiting.contains(">3<"))
        let waitingExact = try await Self.get(Site.measure("local_children_waiting_for_an_advocate"), f, .manager).body
        #expect(waitingExact.contains(">3<"))
        try await f.close()
    }

    @Test func aTeamsSmallCaseloadIsHiddenWithItsRateAndItsRAG() {
        // Given three teams holding 30, 3 and 25 children's cases (58 in all, shown as the caseload measure)
        func team(_ name: String, _ cases: Int) -> TeamStaffing {
            TeamStaffing(team: name, kind: .assessment, establishmentFTE: 5, inPostFTE: 4, agencyFTE: 0, absentFTE: 0,
                         cases: cases, caseHolderFTE: 2, caseloadTarget: 1)
        }
        let teams = [team("North", 30), team("South", 3), team("East", 25)]
        // When a board member reads the teams
        let rows = WorkforceController.teamRows(teams, .aggregate)
        // Then South's 3 and the next smallest team go, each with its caseload and "over target"
        #expect(rows.map(\.cases) == [.shown(30), .suppressed, .suppressed])
        #expect(rows.map(\.row.caseload) == ["15.0", "c", "c"])
        #expect(rows.map(\.row.overTarget) == [true, false, false])
        // A manager sees them all
        #expect(WorkforceController.teamRows(teams, .exact).map(\.row.caseload) == ["15.0", "1.5", "12.5"])
    }

    // MARK: helpers

    /// The status and body of a GET, with what differs between any two runs set aside: times of
    /// day (imports are stamped when they happen) and ISO timestamps. A Word document is read
    /// part by part, since the archive stamps its entries.
    static func get(_ uri: String, _ f: SmallNumbersFixture, _ role: UserRole) async throws -> (status: Int, body: String) {
        let application = Application(responder: f.responder)
        return try await application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: f.headers(role))
            let bytes = Data(buffer: response.body)
            let text: String
            if response.status == .ok, uri.hasSuffix(".docx") {
                text = try docxParts(bytes)
            } else if response.status == .ok, uri.hasSuffix(".pdf") {
                text = try pdfText(bytes)
            } else {
                text = String(decoding: bytes, as: UTF8.self)
            }
            return (Int(response.status.code), normalised(text))
        }
    }

    static func docxParts(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String] = []
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            parts.append(entry.path + "\n" + String(decoding: xml, as: UTF8.self))
        }
        return parts.joined(separator: "\n")
    }

    /// What a PDF says: its bytes carry Chromium's creation time and compressed streams, so two
    /// prints of one page differ; the text poppler reads from it does not. Where poppler is not
    /// installed the PDF is not compared (it is printed from the HTML pack, which is).
    static func pdfText(_ data: Data) throws -> String {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            return "(PDF: pdftotext not installed, compared as the HTML it is printed from)"
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("pack.pdf"), txt = dir.appendingPathComponent("pack.txt")
        try data.write(to: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", pdf.path, txt.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return "(PDF: pdftotext failed with \(process.terminationStatus))" }
        return try String(contentsOf: txt, encoding: .utf8)
    }

    static func normalised(_ s: String) -> String {
        let patterns = [#"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?"#, #"\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}"#]
        return patterns.reduce(s) { $0.replacingOccurrences(of: $1, with: "<time>", options: .regularExpression) }
    }

    /// Where two texts first part, with a little of each around it.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8), y = Array(b.utf8)
        let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, i - 120)..<min(bytes.count, i + 120)], as: UTF8.self)
        }
        return "…\(around(x))… vs …\(around(y))…"
    }
}

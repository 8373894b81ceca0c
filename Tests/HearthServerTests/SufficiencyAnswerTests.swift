import Foundation
import HearthCore
import HearthData
import HearthIndicators
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// `/api/v1/sufficiency` and `hearth sufficiency --format json` give one JSON: the command reads
/// the same returns from a folder with the same cost table, and encodes the same `SufficiencyAnswer`.
@Suite(.serialized) struct SufficiencyAnswerTests {
    @Test func theAPIAndTheCommandGiveTheSameJSON() async throws {
        // Given the small-numbers authority, imported with its own cost table
        let f = try await SmallNumbersFixture.make(.a)
        let application = Application(responder: f.responder)
        let api = try await application.test(.router) { client in
            Data(buffer: try await client.execute(uri: "/api/v1/sufficiency", method: .get, headers: f.headers(.manager)).body)
        }
        try await f.close()

        // When the command's way is taken: the returns read from a folder, the year end, the own costs
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-sufficiency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try ReturnSetWriter().write(SmallNumbersFixture.dataset(.a), to: dir)
        let set = await ReturnSetReader().read(directory: dir)
        let ssda903 = try #require(set.dataset.ssda903)
        let report = SufficiencyReport(dataset: set.dataset, date: ssda903.periodEnd, costs: SmallNumbersFixture.costs)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let command = try encoder.encode(SufficiencyAnswer(report, ownCostTable: true))

        // Then the two are one JSON value (the command pretty-prints it)
        let a = try #require(try JSONSerialization.jsonObject(with: api) as? NSDictionary)
        let c = try #require(try JSONSerialization.jsonObject(with: command) as? NSDictionary)
        #expect(a == c)
        #expect(Set(a.allKeys.compactMap { $0 as? String }) == [
            "date", "ownCostTable", "lookedAfter", "byGroup", "distant", "unregistered", "highCostThreshold", "highCost",
            "unpriced", "spend", "projectedYear",
        ])
    }

    @Test func placementsAreListedOnlyWhenAskedFor() throws {
        let report = SufficiencyReport(dataset: SmallNumbersFixture.dataset(.a), date: try #require(Day(iso: "2025-03-31")),
                                       costs: SmallNumbersFixture.costs)
        let aggregate = try JSONSerialization.jsonObject(with: JSONEncoder().encode(SufficiencyAnswer(report, ownCostTable: true))) as? [String: Any]
        let listed = SufficiencyAnswer(report, ownCostTable: true, listingPlacements: true)
        #expect(aggregate?["placements"] == nil)
        #expect(listed.placements == report.placements && !report.placements.isEmpty)
    }
}

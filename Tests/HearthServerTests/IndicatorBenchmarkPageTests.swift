import Foundation
import HummingbirdTesting
import Testing
@testable import HearthServer

/// The comparison section of an indicator page: DfE's figure from LAIT where the EES files have
/// none, rank words by DfE's polarity, and a reason where DfE publishes nothing.
@Suite struct IndicatorBenchmarkPageTests {
    /// Opens the page as a board member and hands its HTML to `check`.
    func page(_ id: String, _ check: @escaping @Sendable (String) -> Void) async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/indicators/\(id)", method: .get, headers: f.headers(.board))
            #expect(r.status == .ok)
            check(String(buffer: r.body))
        }
    }

    @Test func aLAITIndicatorShowsDfEFigureAndRanksByDfEPolarity() async throws {
        // Halton 2024-25, LAIT 218: ICPCs within 15 working days 86.9%; DfE: higher is better.
        try await page("icpc_15wd") { html in
            #expect(html.contains("DfE LAIT measure 218, CP_conf_15days"))
            #expect(html.contains("highest first (DfE: higher is better)"))
            #expect(!html.contains("DfE does not publish this indicator"))
        }
    }

    @Test func aMeasureWithoutPolarityIsAPositionNotAVerdict() async throws {
        // The CLA rate: DfE gives no polarity ("-").
        try await page("cla_rate") { html in
            #expect(html.contains("highest of"))
            #expect(html.contains("DfE calls neither higher nor lower better"))
            #expect(!html.contains("best quarter") && !html.contains("worst quarter") && !html.contains("1 = best"))
        }
    }

    @Test func anIndicatorDfEDoesNotPublishSaysSoAndWhy() async throws {
        try await page("adoption_a2") { html in
            #expect(html.contains("DfE does not publish this indicator."))
            #expect(html.contains("adoption scorecards"))
        }
    }
}

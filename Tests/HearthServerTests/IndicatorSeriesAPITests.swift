import Foundation
import HearthApplication
import HearthCore
import HummingbirdTesting
import Hummingbird
import Testing
@testable import HearthServer

/// The API gives any stored period's figure (`?period=`, the command line's names) and the run of
/// stored figures (`/series?step=`), hidden for board roles exactly as the page hides them.
@Suite struct IndicatorSeriesAPITests {
    struct Point: Decodable {
        let period: String
        let value: Double?
        let numerator: String?
        let denominator: String?
        let suppressed: Bool
    }

    struct Answer: Decodable {
        struct Figure: Decodable { let period: String; let numerator: String? }
        let figure: Figure?
    }

    @Test func theSeriesHasEveryMonthOfTheYearHeld() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/api/v1/indicators/referrals_rate/series?step=month", method: .get, headers: f.headers(.analyst))
            #expect(r.status == .ok)
            let points = try JSONDecoder().decode([Point].self, from: Data(buffer: r.body))
            // The fixture's year, month by month and in order (other suites may add a year before it).
            #expect(points.map(\.period).suffix(12) == ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                                                        "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"])
            #expect(points.map(\.period) == points.map(\.period).sorted())
            #expect(points.allSatisfy { !$0.suppressed && $0.value != nil })
            let quarters = try await client.execute(uri: "/api/v1/indicators/referrals_rate/series?step=quarter", method: .get, headers: f.headers(.analyst))
            #expect(try JSONDecoder().decode([Point].self, from: Data(buffer: quarters.body)).map(\.period).suffix(4)
                    == ["Q1 2024-25", "Q2 2024-25", "Q3 2024-25", "Q4 2024-25"])
            let bad = try await client.execute(uri: "/api/v1/indicators/referrals_rate/series?step=weekly", method: .get, headers: f.headers(.analyst))
            #expect(bad.status == .unprocessableContent && String(buffer: bad.body).contains("step"))
        }
    }

    @Test func aBoardMemberSeesSmallMonthlyCountsAsC() async throws {
        let f = try await ServerFixture.shared()
        // A month's conferences or missing children are often 1 to 5: find an indicator and month
        // where the analyst sees such a count, and check the board member does not.
        try await f.withClient { client in
            var found = false
            for id in ["cpp_2y_ended", "cla_missing", "icpc_15wd", "cpp_subsequent", "cla_3plus_placements"] {
                let analyst = try JSONDecoder().decode([Point].self, from: Data(buffer: try await client.execute(
                    uri: "/api/v1/indicators/\(id)/series?step=month", method: .get, headers: f.headers(.analyst)).body))
                let board = try JSONDecoder().decode([Point].self, from: Data(buffer: try await client.execute(
                    uri: "/api/v1/indicators/\(id)/series?step=month", method: .get, headers: f.headers(.board)).body))
                #expect(analyst.map(\.period) == board.map(\.period))
                for (a, b) in zip(analyst, board) where ["1", "2", "3", "4", "5"].contains(a.numerator ?? "") {
                    #expect(b.suppressed && b.value == nil && b.numerator == "c", "\(id) \(a.period)")
                    found = true
                }
            }
            #expect(found, "some month has a count of 1 to 5")
        }
    }

    @Test func aPeriodIsAskedForByTheCommandLinesName() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let r = try await client.execute(uri: "/api/v1/indicators/referrals_rate?period=2024-25-Q3", method: .get, headers: f.headers(.analyst))
            #expect(r.status == .ok)
            let answer = try JSONDecoder().decode(Answer.self, from: Data(buffer: r.body))
            #expect(answer.figure?.period == "Q3 2024-25")
            let stored = try await f.app.indicators.snapshot("referrals_rate", period: try #require(ReportingPeriod(parsing: "2024-25-Q3")))
            #expect(answer.figure?.numerator == stored.map { String(Int($0.numerator)) })
            let month = try await client.execute(uri: "/api/v1/indicators/referrals_rate?period=2025-01", method: .get, headers: f.headers(.board))
            #expect(try JSONDecoder().decode(Answer.self, from: Data(buffer: month.body)).figure?.period == "2025-01")
            let none = try await client.execute(uri: "/api/v1/indicators/referrals_rate?period=2019-20", method: .get, headers: f.headers(.analyst))
            #expect(none.status == .notFound)
            let nonsense = try await client.execute(uri: "/api/v1/indicators/referrals_rate?period=last+week", method: .get, headers: f.headers(.analyst))
            #expect(nonsense.status == .unprocessableContent && String(buffer: nonsense.body).contains("period"))
        }
    }
}

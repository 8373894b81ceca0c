import Testing
import HearthCore
@testable import HearthIndicators

/// Social worker instability (LAIT `Stability_SocialWorker`) on a hand-built return, each
/// expected value worked out below from DfE's words (see the measure's doc comment).
@Suite struct SocialWorkerInstabilityTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static func ep(_ child: String, _ start: String, legalStatus: String = "C2", end: String? = nil) -> CareEpisode {
        CareEpisode(childID: child, startDate: d(start), reasonForNewEpisode: "S", legalStatus: legalStatus, categoryOfNeed: "N1",
                    placement: "U4", placementProvider: "PR1", endDate: end.map(d), reasonEpisodeCeased: end == nil ? nil : "E13")
    }
    static func sw(_ child: String, _ id: String?, _ start: String, _ end: String? = nil) -> SocialWorkerEpisode {
        SocialWorkerEpisode(childID: child, socialWorkerID: id, startDate: d(start), endDate: end.map(d), reasonForChange: "LEFTRL")
    }

    // 2024-25. Looked after on 31 March 2025 (the denominator): S1, S2, S3, S6.
    //   S1: W1 (to 30 Jun 2024, so in the year), W2, W3                      → 3: counted
    //   S2: W1, W2, then back to W1 — "this would count as 2 social workers"  → 2
    //   S3: came into care 10 Jan 2025; W4 and W5 before, while not looked after, then W6
    //       — "includes any social workers assigned … when the child was not looked after" → 3: counted
    //   S6: W7 ended 31 Mar 2024 (before the year), W8, and an episode naming no worker → 1
    //   Not in the denominator: S4 (a short-break series, legal status V3, on 31 March, four workers) and S5 (left
    //   care 1 Feb 2025, three workers).
    //   → 2 of 4 = 50%.
    static let year2025 = SSDA903Return(
        collectionYear: 2025,
        episodes: [
            ep("S1", "2023-05-01"), ep("S2", "2023-01-01"), ep("S3", "2025-01-10"), ep("S4", "2024-06-01", legalStatus: "V3"),
            ep("S5", "2024-05-01", end: "2025-02-01"), ep("S6", "2022-02-01"),
        ],
        socialWorkerEpisodes: [
            sw("S1", "W1", "2023-05-01", "2024-06-30"), sw("S1", "W2", "2024-07-01", "2024-11-30"), sw("S1", "W3", "2024-12-01"),
            sw("S2", "W1", "2024-01-01", "2024-05-31"), sw("S2", "W2", "2024-06-01", "2024-08-31"), sw("S2", "W1", "2024-09-01"),
            sw("S3", "W4", "2024-04-01", "2024-10-31"), sw("S3", "W5", "2024-11-01", "2025-01-31"), sw("S3", "W6", "2025-02-01"),
            sw("S4", "W1", "2024-06-01", "2024-07-31"), sw("S4", "W2", "2024-08-01", "2024-09-30"), sw("S4", "W3", "2024-10-01", "2024-12-31"),
            sw("S4", "W4", "2025-01-01"),
            sw("S5", "W1", "2024-05-01", "2024-07-31"), sw("S5", "W2", "2024-08-01", "2024-10-31"), sw("S5", "W3", "2024-11-01", "2025-02-01"),
            sw("S6", "W7", "2023-01-01", "2024-03-31"), sw("S6", "W8", "2024-04-01"), sw("S6", nil, "2024-05-01", "2024-05-02"),
        ])

    @Test func theYearCountsDistinctWorkersOfChildrenLookedAfterOnItsLastDay() throws {
        let engine = IndicatorEngine(dataset: Dataset(authorityCode: "876", ssda903: Self.year2025), population: 10_000)
        let r = try engine.compute("cla_3plus_social_workers", over: .financialYear(2025))
        #expect(r.members.map(\.childID).sorted() == ["S1", "S2", "S3", "S6"])
        #expect(r.numerator == 2 && r.denominator == 4 && r.value == 50)
        #expect(r.members.first { $0.childID == "S2" }?.reason == "2 social worker(s) in the period")
        #expect(r.members.first { $0.childID == "S6" }?.reason == "1 social worker(s) in the period")
    }

    // Twelve months to 30 June 2025, read from an extract of 2025-26 with 2024-25 carried in:
    //   S1's W2 and W3 (from last year's return, W2 ended 30 Nov 2024, in the window from 1 Jul 2024)
    //   and W9 (this year's, from 1 May 2025) → 3; W1 ended 30 Jun 2024, the day before the window.
    @Test func aPeriodAcross1AprilReadsLastYearsWorkersToo() throws {
        let extract = SSDA903Return(
            collectionYear: 2026, episodes: [Self.ep("S1", "2023-05-01")],
            socialWorkerEpisodes: [Self.sw("S1", "W3", "2024-12-01", "2025-04-30"), Self.sw("S1", "W9", "2025-05-01")],
            dataTo: Self.d("2025-06-30"))
        let engine = IndicatorEngine(dataset: Dataset(authorityCode: "876", ssda903: extract, ssda903Previous: Self.year2025), population: 10_000)
        let r = try engine.compute("cla_3plus_social_workers", over: .rolling12Months(endingOn: Self.d("2025-06-30")))
        #expect(r.members.first { $0.childID == "S1" }?.reason == "3 social worker(s) in the period")
    }
}

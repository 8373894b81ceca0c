import Testing
@testable import HearthCore

/// The next graded inspection's window: three years after the last standard or short inspection
/// began, six months either side (Ofsted's ILACS framework's usual timing).
@Suite struct NextInspectionWindowTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func inspection(_ kind: Inspection.Kind, _ start: String, overall: OfstedGrade? = nil,
                           judgements: Inspection.Judgements = .init()) -> Inspection {
        Inspection(id: "\(kind.rawValue)-\(start)", kind: kind, startDate: day(start), overallEffectiveness: overall, judgements: judgements)
    }

    @Test func windowIsSixMonthsEitherSideOfTheThreeYearAnniversaryOfTheLastGradedInspection() throws {
        // Given a standard inspection from 13 May 2024 (Halton's), then only visits
        let history = [Self.inspection(.standard, "2021-03-01", overall: .requiresImprovement),
                       Self.inspection(.standard, "2024-05-13", overall: .inadequate),
                       Self.inspection(.monitoringVisit, "2025-01-20")]
        // When the window is worked out in December 2026
        let w = try #require(NextInspectionWindow(inspections: history, today: Self.day("2026-12-07")))
        // Then it counts from 13 May 2024, not from the later visit: 13 May 2027 ± 6 months
        #expect(w.last.startDate == Self.day("2024-05-13"))
        #expect(w.anniversary == Self.day("2027-05-13"))
        #expect(w.earliest == Self.day("2026-11-13"))
        #expect(w.latest == Self.day("2027-11-13"))
        // an inadequate authority gets a standard inspection, and a note that it may come sooner
        #expect(w.expectedKind == .standard)
        #expect(w.note?.contains("inadequate") == true)
        #expect(w.note?.contains("inside the usual window") == true)
    }

    @Test func goodOrOutstandingGetsAShortInspectionRequiresImprovementAStandardOne() throws {
        let good = try #require(NextInspectionWindow(inspections: [Self.inspection(.short, "2023-09-11", overall: .good)],
                                                     today: Self.day("2024-01-01")))
        #expect(good.expectedKind == .short)
        #expect(good.earliest == Self.day("2026-03-11"))
        #expect(good.latest == Self.day("2027-03-11"))
        #expect(good.note == nil)
        let ri = try #require(NextInspectionWindow(inspections: [Self.inspection(.standard, "2023-09-11", overall: .requiresImprovement)],
                                                   today: Self.day("2024-01-01")))
        #expect(ri.expectedKind == .standard)
    }

    @Test func withoutOverallEffectivenessTheWorstJudgementDecides() throws {
        // Overall effectiveness is optional from April 2026: judgements of good and RI → standard.
        let j = Inspection.Judgements(impactOfLeaders: .good, helpAndProtection: .requiresImprovement, childrenInCare: .good, careLeavers: .good)
        let w = try #require(NextInspectionWindow(inspections: [Self.inspection(.short, "2026-06-01", judgements: j)],
                                                  today: Self.day("2026-12-07")))
        #expect(w.expectedKind == .standard)
    }

    @Test func aPassedWindowSaysSoAndNoGradedInspectionGivesNoWindow() throws {
        let w = try #require(NextInspectionWindow(inspections: [Self.inspection(.short, "2019-01-07", overall: .good)],
                                                  today: Self.day("2026-12-07")))
        #expect(w.latest == Self.day("2022-07-07"))
        #expect(w.note?.contains("has passed") == true)
        #expect(NextInspectionWindow(inspections: [Self.inspection(.focusedVisit, "2025-01-01")], today: Self.day("2026-01-01")) == nil)
    }

    @Test func aLeapDayAnniversaryFallsOnTheLastDayOfFebruary() throws {
        let w = try #require(NextInspectionWindow(inspections: [Self.inspection(.short, "2024-02-29", overall: .good)],
                                                  today: Self.day("2024-03-01")))
        #expect(w.anniversary == Self.day("2027-02-28"))
    }
}

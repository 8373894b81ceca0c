import Foundation
import HearthCore
@testable import HearthStore
import Testing

/// Local measures, every value entered for them and every target set, on every database.
@Suite("Local measures")
struct LocalMeasureStoreTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a measure, its values with corrections and the targets set come back as stored", arguments: Backend.available)
    func roundTrip(backend: Backend) async throws {
        try await backend.withStore { store in
            var m = LocalMeasure(id: "local_percent_of_staff_who_feel_valued", title: "% of staff who feel valued", definition: "d",
                                 unit: .percentage, polarity: .high, frequency: .quarterly, area: .workforce, owner: "manager",
                                 source: "staff survey", boardVisible: true, countsChildren: false, createdBy: "manager", createdAt: Self.at)
            try await store.addLocalMeasure(m, authority: "876")
            await #expect(throws: StoreError.self) { try await store.addLocalMeasure(m, authority: "876") }
            m.title = "Staff who feel valued"
            m.boardVisible = false
            try await store.updateLocalMeasure(m, authority: "876")
            #expect(try await store.localMeasures(authority: "876") == [m])
            #expect(try await store.localMeasures(authority: "999").isEmpty)
            let q1 = ReportingPeriod.quarter(1, ofYearEnding: 2027)!
            let values = [
                LocalMeasureValue(measureID: m.id, period: q1, value: 61, note: "first", enteredBy: "manager", enteredAt: Self.at),
                LocalMeasureValue(measureID: m.id, period: q1, value: 62, numerator: 62, denominator: 100, note: "corrected",
                                  enteredBy: "analyst", enteredAt: Self.at.addingTimeInterval(60)),
            ]
            try await store.addLocalMeasureValues(values, authority: "876")
            #expect(try await store.localMeasureValues(measure: m.id, authority: "876") == values)
            #expect(try await store.localMeasureValues(authority: "876") == values)
            #expect(try await store.localMeasureValues(authority: "999").isEmpty)
            let setting = TargetSetting(indicatorID: m.id, target: 70, tolerance: 5, from: Day(iso: "2026-04-01")!,
                                        reason: "Workforce strategy", setBy: "manager", setAt: Self.at)
            try await store.addTargetSetting(setting, authority: "876")
            #expect(try await store.targetSettings(authority: "876") == [setting])
        }
    }
}

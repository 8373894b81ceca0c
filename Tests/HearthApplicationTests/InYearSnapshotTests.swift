import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Testing

/// Every period a year's returns cover is kept as a frozen snapshot — the year, its quarters and
/// its months — and each is the engine's own figure for that period (the one `hearth indicators
/// --period P` prints), so an in-year view can never differ from the command line.
@Suite struct InYearSnapshotTests {
    @Test func theYearItsQuartersAndItsMonthsAreKept() {
        let periods = IndicatorService.periods(ofYearEnding: 2025)
        #expect(periods.map(\.label) == ["2024-25", "Q1 2024-25", "Q2 2024-25", "Q3 2024-25", "Q4 2024-25",
                                         "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                                         "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"])
        // The months tile the year with no gap and no overlap.
        let months = periods.suffix(12)
        #expect(months.first?.start == ReportingPeriod.financialYear(2025).start && months.last?.end == ReportingPeriod.financialYear(2025).end)
        #expect(zip(months, months.dropFirst()).allSatisfy { $0.end.adding(days: 1) == $1.start })
    }

    @Test func everyStoredSnapshotIsTheEnginesFigureForItsPeriod() async throws {
        // A small generated authority (Rutland's volumes) imported and computed as the app does.
        let store = try await StoreFactory.open(.sqliteMemory)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-inyear-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let generated = try SyntheticReturns.make(la: "857", year: 2025, seed: 3, defectRate: 0)
        _ = try ReturnSetWriter(staffing: generated.staffing, placementCosts: generated.placementCosts).write(generated.dataset, to: dir)
        _ = try await ReturnImporter(store: store).importFolder(dir, by: "test", authority: "857")
        let service = IndicatorService(store: store, authority: "857", targets: TargetSet(), statistics: nil)
        let saved = try await service.recompute()
        let catalogue = IndicatorCatalogue.standard
        #expect(saved == catalogue.measures.count * 17, "every indicator for the year, 4 quarters and 12 months")

        let submission = try #require(try await store.submissions(authority: "857").last)
        let engine = IndicatorEngine(dataset: try await store.dataset(submission: submission.id))
        for definition in catalogue.definitions {
            let stored = try await store.snapshots(indicator: definition.id.rawValue, authority: "857")
            #expect(stored.count == 17, "\(definition.id)")
            for snapshot in stored {
                let computed = try engine.compute(definition.id, over: snapshot.period, members: false)
                #expect(snapshot.value == computed.value && snapshot.numerator == computed.numerator
                        && snapshot.denominator == computed.denominator && snapshot.note == computed.note,
                        "\(definition.id) \(snapshot.period.label)")
            }
        }
        // The trend and the pack still read the year.
        #expect(try await service.computedYears().map(\.label) == ["2024-25"])
        try await store.close()
    }
}

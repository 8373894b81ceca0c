import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Testing

/// Every period the returns cover is kept as a frozen snapshot — the year, its quarters, its
/// months and the twelve months to each month-end — and each is the engine's own figure for that
/// period from the data `SnapshotPlan` gives it, the same the command line computes
/// (`hearth indicators DIR --period P`), so an in-year view can never differ from it.
@Suite struct InYearSnapshotTests {
    @Test func aWholeYearIsKeptAsItsYearQuartersMonthsAndRollingYears() throws {
        let plan = SnapshotPlan(dataset: Dataset(cin: CINCensus(header: CINHeader(year: 2025, referenceDate: Day(iso: "2025-03-31")!, authorityCode: "201"), children: [])),
                                year: 2025, earlier: nil)
        let own = plan.periods.filter { $0.kind != .rolling12 }
        #expect(own.map(\.label) == ["2024-25", "Q1 2024-25", "Q2 2024-25", "Q3 2024-25", "Q4 2024-25",
                                     "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                                     "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"])
        // The months tile the year with no gap and no overlap.
        let months = own.suffix(12)
        #expect(months.first?.start == ReportingPeriod.financialYear(2025).start && months.last?.end == ReportingPeriod.financialYear(2025).end)
        #expect(zip(months, months.dropFirst()).allSatisfy { $0.end.adding(days: 1) == $1.start })
        // Twelve months to each month-end but 31 March (which is the year).
        let rolling = plan.periods.filter { $0.kind == .rolling12 }
        #expect(rolling.count == 11 && rolling.allSatisfy { $0.kind == .rolling12 })
        #expect(rolling.first?.label == "12 months to 30/04/2024" && rolling.last?.label == "12 months to 28/02/2025")
    }

    @Test func anExtractIsKeptOnlyToItsDay() throws {
        let census = CINCensus(header: CINHeader(year: 2026, referenceDate: Day(iso: "2025-11-30")!, authorityCode: "201"), children: [])
        let plan = SnapshotPlan(dataset: Dataset(cin: census), year: 2026, earlier: nil)
        let own = plan.periods
        #expect(!own.contains { $0.kind == .year }, "no year figure from eight months")
        #expect(own.filter { $0.kind == .quarter }.map(\.label) == ["Q1 2025-26", "Q2 2025-26"])
        #expect(own.filter { $0.kind == .month }.count == 8)
        #expect(own.last?.label == "12 months to 30/11/2025")
    }

    @Test func everyStoredSnapshotIsTheCommandLinesFigure() async throws {
        // Two consecutive years of one generated world (Rutland's volumes), imported as the app does.
        let store = try await StoreFactory.open(.sqliteMemory)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-inyear-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let world = try SyntheticReturns.consecutive(la: "857", through: 2025, count: 2, seed: 3)
        for year in [2024, 2025] {
            let generated = try SyntheticReturns.make(la: "857", year: year, seed: 3, defectRate: 0, returns: world[year])
            let dir = root.appendingPathComponent(String(year))
            _ = try ReturnSetWriter(staffing: generated.staffing, placementCosts: generated.placementCosts).write(generated.dataset, to: dir)
            _ = try await ReturnImporter(store: store).importFolder(dir, by: "test", authority: "857")
        }
        let service = IndicatorService(store: store, authority: "857", targets: TargetSet(), statistics: nil)
        try await service.recompute()

        // What `hearth indicators <year folder> --earlier <the year before's folder> --period P`
        // computes, for every month of each year.
        let catalogue = IndicatorCatalogue.standard
        var checked = 0
        for year in [2024, 2025] {
            let set = await ReturnSetReader().read(directory: root.appendingPathComponent(String(year)))
            let earlier = year == 2025 ? await ReturnSetReader().read(directory: root.appendingPathComponent("2024")).dataset : nil
            for month in ReportingPeriod.monthEnds(ofYearEnding: year) {
                let period = try #require(ReportingPeriod(parsing: String(month.iso.prefix(7))))
                let engine = IndicatorEngine(dataset: set.dataset.dataset(for: period, earlier: earlier ?? set.earlier))
                for definition in catalogue.definitions {
                    let stored = try #require(try await service.snapshot(definition.id, period: period), "\(definition.id) \(period)")
                    let computed = try engine.compute(definition.id, over: period, members: false)
                    #expect(stored.value == computed.value && stored.numerator == computed.numerator
                            && stored.denominator == computed.denominator && stored.note == computed.note,
                            "\(definition.id) \(period.label)")
                    checked += 1
                }
            }
        }
        #expect(checked == catalogue.definitions.count * 24)

        // Twelve months crossing 1 April read both years: the same as the engine given the later
        // year continued by the earlier, and the sources say so.
        let y2024 = try await store.dataset(submission: 1), y2025 = try await store.dataset(submission: 2)
        let rolling = ReportingPeriod.rolling12Months(endingOn: try #require(Day(iso: "2024-09-30")))
        let engine = IndicatorEngine(dataset: y2025.dataset(for: rolling, earlier: y2024))
        for definition in catalogue.definitions {
            let stored = try #require(try await service.snapshot(definition.id, period: rolling))
            let computed = try engine.compute(definition.id, over: rolling, members: false)
            #expect(stored.value == computed.value && stored.numerator == computed.numerator, "\(definition.id)")
            #expect(stored.sourceSubmissionIDs == [1, 2])
        }
        // The referral count of the rolling year is the months' own counts added up.
        let months = try await service.series("referrals_rate", step: .month).filter { rolling.contains($0.period.end) }
        #expect(months.count == 12)
        #expect(try await service.snapshot("referrals_rate", period: rolling)?.numerator == months.map(\.numerator).reduce(0, +))
        // The trend reads the years; the figure of record is the latest twelve months.
        #expect(try await service.computedYears().map(\.label) == ["2024-25", "2023-24"])
        try await store.close()
    }
}

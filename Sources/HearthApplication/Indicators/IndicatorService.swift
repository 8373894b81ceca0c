import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Logging

/// The indicator figures the web app serves: frozen snapshots computed from the stored
/// submissions, set beside targets and DfE's published figures. The summaries and the latest
/// dataset are kept in memory until the next import or re-compute, so pages do not recompute.
public actor IndicatorService {
    let store: any Store
    public nonisolated let authority: String
    public nonisolated let targets: TargetSet
    public nonisolated let benchmarker: Benchmarker?
    public nonisolated let catalogue: IndicatorCatalogue

    private var summaries: [IndicatorSummary]?
    /// Changes whenever the figures may have: pages cached against it are rebuilt.
    public private(set) var generation = 0
    private var latest: Dataset?

    public init(store: any Store, authority: String, targets: TargetSet, statistics: PublishedStatistics?,
                catalogue: IndicatorCatalogue = .standard) {
        self.store = store
        self.authority = authority
        self.targets = targets
        self.benchmarker = statistics.map { Benchmarker(statistics: $0) }
        self.catalogue = catalogue
    }

    public var authorityName: String { AuthorityDirectory.shipped[authority]?.name ?? authority }

    /// Computes every indicator for each reporting year the authority's submissions hold (the
    /// latest submission of each year) and stores the results as snapshots. Returns how many.
    @discardableResult
    public func recompute(now: Date = Date()) async throws -> Int {
        let started = ContinuousClock.now
        let submissions = try await store.submissions(authority: authority)
        var latestOfYear: [Int: SubmissionSummary] = [:]
        for s in submissions {
            guard let year = s.collectionYear else { continue }
            if let held = latestOfYear[year], held.id > s.id { continue }
            latestOfYear[year] = s
        }
        var saved = 0
        for year in latestOfYear.keys.sorted() {
            guard let submission = latestOfYear[year] else { continue }
            let dataset = try await store.dataset(submission: submission.id)
            let engine = IndicatorEngine(dataset: dataset)
            for period in Self.periods(ofYearEnding: year) {
                for result in engine.computeAll(over: period) {
                    try await store.saveSnapshot(IndicatorSnapshot(result, authority: authority, computedAt: now,
                                                                   sourceSubmissionIDs: [submission.id]))
                    saved += 1
                }
            }
        }
        summaries = nil
        latest = nil
        generation += 1
        Self.logger.debug("indicators computed", metadata: ["years": "\(latestOfYear.count)", "snapshots": "\(saved)",
                                                          "took": "\(ContinuousClock.now - started)"])
        return saved
    }

    /// The periods a year's returns are computed over and kept for: the reporting year, its four
    /// quarters and its twelve months, so a board meeting in any month reads figures for the part
    /// of the year it asks about. (The trend and the pack read the years; the rest are for the
    /// in-year views.) Computing them all costs little beside the import: the engine reads the
    /// dataset once and each period is a pass over what it holds.
    public static func periods(ofYearEnding year: Int) -> [ReportingPeriod] {
        let quarters = (1...4).compactMap { ReportingPeriod.quarter($0, ofYearEnding: year) }
        let months = (0..<12).compactMap { i -> ReportingPeriod? in
            let month = (3 + i) % 12 + 1  // April … March
            return ReportingPeriod.month(month, year: month >= 4 ? year - 1 : year)
        }
        return [.financialYear(year)] + quarters + months
    }

    static let logger = Logger(label: "hearth.indicators")

    /// Forgets what is cached: after an import.
    public func invalidate() {
        summaries = nil
        latest = nil
        generation += 1
    }

    public func allSummaries() async throws -> [IndicatorSummary] {
        if let summaries { return summaries }
        var out: [IndicatorSummary] = []
        for definition in catalogue.definitions {
            out.append(try await summary(definition))
        }
        summaries = out
        return out
    }

    /// Every indicator's figure of record as shown to an audience that sees exact figures
    /// (`suppress` false) or only what may leave the service (true).
    public func figures(suppress: Bool) async throws -> [IndicatorFigure] {
        try await allSummaries().map { IndicatorFigure($0, disclosure: Disclosure(suppress ? .aggregate : .childLevel)) }
    }

    public func summary(id: IndicatorID) async throws -> IndicatorSummary? {
        try await allSummaries().first { $0.definition.id == id }
    }

    /// The summary of the indicator a page or an API call named; none is a 404.
    public func summary(of id: String?) async throws -> IndicatorSummary {
        guard let id, let summary = try await summary(id: IndicatorID(id)) else { throw ApplicationError.notFound("There is no such indicator.") }
        return summary
    }

    private func summary(_ definition: IndicatorDefinition) async throws -> IndicatorSummary {
        let snapshots = try await store.snapshots(indicator: definition.id.rawValue, authority: authority)
        // Reporting years only (the trend is year on year), the newest computation of each.
        var byLabel: [String: IndicatorSnapshot] = [:]
        for s in snapshots where s.period.months == 12 {
            if let held = byLabel[s.period.label], held.computedAt > s.computedAt { continue }
            byLabel[s.period.label] = s
        }
        let history = byLabel.values.sorted { $0.period.end < $1.period.end }
        var published: BenchmarkComparison?
        var england: [Int: Double] = [:]
        if let benchmarker, let source = definition.published {
            published = try? benchmarker.compare(authority: authority, indicator: definition.id)
            for year in benchmarker.years(source) {
                if let v = benchmarker.value(source, level: .national, code: "", year: year).number { england[year] = v }
            }
        }
        let value = history.last?.value
        return IndicatorSummary(definition: definition, history: history, target: targets[definition.id],
                                rag: targets.status(of: value, for: definition),
                                direction: targets.direction(of: history.map(\.value), for: definition),
                                published: published, englandByYear: england)
    }

    /// The dataset the engines read now: the latest submission of each return.
    public func latestDataset() async throws -> Dataset {
        if let latest { return latest }
        let dataset = try await store.latestDataset(authority: authority)
        latest = dataset
        return dataset
    }

    /// One indicator over one period with the records behind it (child-level: callers audit).
    public func drillDown(_ id: IndicatorID, period: ReportingPeriod) async throws -> IndicatorResult {
        let engine = IndicatorEngine(dataset: try await latestDataset())
        return try engine.compute(id, over: period, members: true)
    }

    /// The reporting years computed, newest first (periods a drill-down can be asked for).
    public func computedYears() async throws -> [ReportingPeriod] {
        let all = try await allSummaries()
        let labels = Set(all.flatMap { $0.history.map(\.period) })
        return labels.sorted { $0.end > $1.end }
    }
}

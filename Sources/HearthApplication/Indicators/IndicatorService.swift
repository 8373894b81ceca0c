import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthStore
import Logging
import Synchronization

/// The indicator figures the web app serves: frozen snapshots computed from the stored
/// submissions, set beside targets and DfE's published figures. The summaries and the latest
/// dataset are kept in memory until the next import or re-compute, so pages do not recompute.
public actor IndicatorService {
    let store: any Store
    public nonisolated let authority: String
    /// England's figures and `targets.csv`, before the targets set in the app.
    nonisolated let baseTargets: TargetSet
    /// The targets in force: the base with the app's settings applied (`reloadTargets`). Read
    /// without waiting on the actor by every page; replaced whole when a target is set.
    private nonisolated let targetsInForce: Mutex<TargetSet>
    public nonisolated var targets: TargetSet { targetsInForce.withLock { $0 } }
    /// The day the targets in force were judged on: a target set to start on a later day comes
    /// into force when that day comes (the summaries are read afresh the first time each day).
    private var targetsDay: Day?
    /// Today where the council is.
    public nonisolated let clock: ProgrammeClock
    public nonisolated let benchmarker: Benchmarker?
    public nonisolated let catalogue: IndicatorCatalogue

    private var summaries: [IndicatorSummary]?
    /// The returns' part of `summaries`, kept when only the local measures change (a value
    /// entered need not read every indicator's snapshots again).
    private var returnsSummaries: [IndicatorSummary]?
    /// The local measures and their values, read with the summaries (`LocalMeasures`).
    var locals: LocalMeasures?
    /// Changes whenever the figures may have: pages cached against it are rebuilt.
    public private(set) var generation = 0
    private var latest: Dataset?
    /// The data of the reporting year last drilled into (`dataset(forYear:)`): one year kept, so a
    /// run of drill-downs into one period does not read two submissions back each time.
    private var yearData: (year: Int, dataset: Dataset?)?

    public init(store: any Store, authority: String, targets: TargetSet, statistics: PublishedStatistics?,
                catalogue: IndicatorCatalogue = .standard, clock: ProgrammeClock = .live) {
        self.clock = clock
        self.store = store
        self.authority = authority
        self.baseTargets = targets
        self.targetsInForce = Mutex(targets)
        self.benchmarker = statistics.map { Benchmarker(statistics: $0) }
        self.catalogue = catalogue
    }

    public var authorityName: String { AuthorityDirectory.shipped[authority]?.name ?? authority }

    /// Computes every indicator for every period each reporting year's returns cover (the latest
    /// submission of each year: `SnapshotPlan`) and stores the results as frozen snapshots, each
    /// with the submissions it was computed from. Returns how many.
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
        var earlier: (dataset: Dataset, submission: Int, year: Int)?
        for year in latestOfYear.keys.sorted() {
            guard let submission = latestOfYear[year] else { continue }
            let loading = ContinuousClock.now
            let dataset = try await store.dataset(submission: submission.id)
            let loaded = ContinuousClock.now
            let before = earlier.flatMap { $0.year == year - 1 ? $0 : nil }
            let plan = SnapshotPlan(dataset: dataset, year: year, earlier: before?.dataset)
            let engine = IndicatorEngine(dataset: plan.dataset)
            let sources = plan.carriesEarlier ? [before?.submission, submission.id].compactMap { $0 } : [submission.id]
            var snapshots: [IndicatorSnapshot] = []
            for period in plan.periods {
                snapshots += engine.computeAll(over: period).map {
                    IndicatorSnapshot($0, authority: authority, computedAt: now, sourceSubmissionIDs: sources)
                }
            }
            let computed = ContinuousClock.now
            try await store.saveSnapshots(snapshots)
            saved += snapshots.count
            Self.logger.debug("year computed", metadata: ["year": "\(year)", "load": "\(loaded - loading)",
                                                        "compute": "\(computed - loaded)", "save": "\(ContinuousClock.now - computed)"])
            earlier = (dataset, submission.id, year)
        }
        summaries = nil
        returnsSummaries = nil
        latest = nil
        yearData = nil
        generation += 1
        Self.logger.debug("indicators computed", metadata: ["years": "\(latestOfYear.count)", "snapshots": "\(saved)",
                                                          "took": "\(ContinuousClock.now - started)"])
        return saved
    }

    static let logger = Logger(label: "hearth.indicators")

    /// Forgets what is cached: after an import.
    public func invalidate() {
        summaries = nil
        returnsSummaries = nil
        locals = nil
        latest = nil
        yearData = nil
        generation += 1
    }

    /// Forgets the local measures only: after one is made or changed, or a value entered.
    public func localMeasuresChanged() {
        summaries = nil
        locals = nil
        generation += 1
    }

    /// Every indicator of the returns, then every local measure, as the figures stand.
    public func allSummaries() async throws -> [IndicatorSummary] {
        if targetsDay != clock.today() { try await reloadTargets() }
        if let summaries { return summaries }
        var returns: [IndicatorSummary]
        if let returnsSummaries {
            returns = returnsSummaries
        } else {
            returns = []
            for definition in catalogue.definitions {
                returns.append(try await summary(definition))
            }
            returnsSummaries = returns
        }
        let out = returns + (try await localMeasures()).summaries(authority: authority, targets: targets)
        summaries = out
        return out
    }

    /// The summaries this audience may read: board members, viewers and secretaries (and the
    /// pack, which goes to them) do not get a local measure its owner keeps from boards.
    public func summaries(for disclosure: Disclosure) async throws -> [IndicatorSummary] {
        try await allSummaries().filter { !disclosure.suppresses || $0.definition.boardVisible }
    }

    /// The summary a page or an API call named, if this audience may read it; else a 404.
    public func summary(of id: String?, for disclosure: Disclosure) async throws -> IndicatorSummary {
        let s = try await summary(of: id)
        guard !disclosure.suppresses || s.definition.boardVisible else { throw ApplicationError.notFound("There is no such indicator.") }
        return s
    }

    /// Replaces the targets in force with the base and every target set in the app, as today.
    public func reloadTargets() async throws {
        let today = clock.today()
        let settings = try await store.targetSettings(authority: authority)
        let merged = baseTargets.applying(settings, on: today)
        targetsDay = today
        targetsInForce.withLock { $0 = merged }
        summaries = nil
        returnsSummaries = nil
        generation += 1
    }

    /// Every indicator's figure of record as shown to an audience that sees exact figures
    /// (`suppress` false) or only what may leave the service (true).
    public func figures(suppress: Bool) async throws -> [IndicatorFigure] {
        let disclosure = Disclosure(suppress ? .aggregate : .childLevel)
        return try await summaries(for: disclosure).map { IndicatorFigure($0, disclosure: disclosure) }
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
        let newest = Self.newestOfEachPeriod(try await store.snapshots(indicator: definition.id.rawValue, authority: authority))
        // The trend is year on year; the figure of record is the latest twelve months (a year's
        // 31 March is one of them), or for Annex A the span its lists cover.
        let history = newest.filter { $0.period.kind == .year }
        let current: IndicatorSnapshot?
        if definition.source == .annexA {
            current = newest.last { $0.period.kind == .other && $0.value != nil } ?? history.last
        } else {
            current = newest.last { ($0.period.kind == .rolling12 || $0.period.kind == .year) && $0.value != nil }
                ?? history.last
        }
        var published: BenchmarkComparison?
        var england: [Int: Double] = [:]
        if let benchmarker, let source = definition.published {
            published = try? benchmarker.compare(authority: authority, indicator: definition.id)
            for year in benchmarker.years(source) {
                if let v = benchmarker.value(source, level: .national, code: "", year: year).number { england[year] = v }
            }
        }
        let value = (current ?? history.last)?.value
        return IndicatorSummary(definition: definition, history: history, target: targets[definition.id],
                                rag: targets.status(of: value, for: definition),
                                direction: targets.direction(of: history.map(\.value), for: definition),
                                published: published, englandByYear: england, current: current)
    }

    /// The newest computation of each period, by period end (then the longer first: the year
    /// before its last quarter, the quarter before its last month).
    static func newestOfEachPeriod(_ snapshots: [IndicatorSnapshot]) -> [IndicatorSnapshot] {
        var byPeriod: [ReportingPeriod: IndicatorSnapshot] = [:]
        for s in snapshots {
            let key = ReportingPeriod(start: s.period.start, end: s.period.end, label: "")
            if let held = byPeriod[key], held.computedAt > s.computedAt { continue }
            byPeriod[key] = s
        }
        return byPeriod.values.sorted { ($0.period.end, $0.period.start) < ($1.period.end, $1.period.start) }
    }

    /// One indicator's stored figures for every period of a step, oldest first.
    public func series(_ id: IndicatorID, step: SeriesStep) async throws -> [IndicatorSnapshot] {
        // A local measure has one series, of the periods its values are entered for.
        if id.rawValue.hasPrefix(LocalMeasure.idPrefix) { return try await localMeasures().snapshots(id, authority: authority) }
        let newest = Self.newestOfEachPeriod(try await store.snapshots(indicator: id.rawValue, authority: authority))
        return newest.filter { step.includes($0.period) }
    }

    /// The indicator's figure as it stood on `day`: the latest twelve months (or reporting year)
    /// with a value ending on or before it. What "since the last meeting" compares with, on the
    /// overview's tiles, the meeting page and in the pack.
    public func figure(_ id: IndicatorID, asAt day: Day) async throws -> IndicatorSnapshot? {
        try await series(id, step: .rolling).last { $0.period.end <= day && $0.value != nil }
    }

    /// The stored figure for one period, if it was computed.
    public func snapshot(_ id: IndicatorID, period: ReportingPeriod) async throws -> IndicatorSnapshot? {
        let newest = id.rawValue.hasPrefix(LocalMeasure.idPrefix) ? try await series(id, step: .year)
            : Self.newestOfEachPeriod(try await store.snapshots(indicator: id.rawValue, authority: authority))
        return newest.first { $0.period.start == period.start && $0.period.end == period.end }
    }

    /// Every period computed for the authority, newest first: what a period selector offers.
    public func computedPeriods() async throws -> [ReportingPeriod] {
        guard let first = catalogue.definitions.first else { return [] }
        return Self.newestOfEachPeriod(try await store.snapshots(indicator: first.id.rawValue, authority: authority))
            .map(\.period).reversed()
    }

    /// The dataset the engines read now: the latest submission of each return.
    public func latestDataset() async throws -> Dataset {
        if let latest { return latest }
        let dataset = try await store.latestDataset(authority: authority)
        latest = dataset
        return dataset
    }

    /// One indicator over one period with the records behind it (child-level: callers audit),
    /// from the data its snapshot was computed from: the latest submission of the period's
    /// reporting year with the year before's carried in. A period of no year held reads the
    /// latest returns, and the engine says what they cover.
    public func drillDown(_ id: IndicatorID, period: ReportingPeriod) async throws -> IndicatorResult {
        var data = try await dataset(forYear: period.reportingYear)
        if data == nil { data = try await latestDataset() }
        let engine = IndicatorEngine(dataset: data ?? .empty)
        return try engine.compute(id, over: period, members: true)
    }

    /// What re-compute read for a reporting year's periods (`SnapshotPlan`), nil if no submission holds the year.
    func dataset(forYear year: Int) async throws -> Dataset? {
        if let yearData, yearData.year == year { return yearData.dataset }
        let before = generation
        let data = try await readDataset(forYear: year)
        // An import or re-compute while it was read: not kept, the next drill-down reads afresh.
        if generation == before { yearData = (year, data) }
        return data
    }

    private func readDataset(forYear year: Int) async throws -> Dataset? {
        let submissions = try await store.submissions(authority: authority)
        func latest(_ y: Int) -> SubmissionSummary? { submissions.last { $0.collectionYear == y } }
        guard let this = latest(year) else { return nil }
        var earlier: Dataset?
        if let before = latest(year - 1) { earlier = try await store.dataset(submission: before.id) }
        return try await store.dataset(submission: this.id).dataset(for: .financialYear(year), earlier: earlier)
    }

    /// The reporting years computed, newest first (periods a drill-down can be asked for).
    public func computedYears() async throws -> [ReportingPeriod] {
        let all = try await allSummaries().filter { $0.definition.source != .local }
        let labels = Set(all.flatMap { $0.history.map(\.period) })
        return labels.sorted { $0.end > $1.end }
    }
}

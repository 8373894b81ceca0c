import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird
@testable import HearthServer

/// A small authority whose counts are mostly 1 to 5, in two variants that agree on every figure
/// a board member may see and differ only in the hidden small counts. The disclosure test renders
/// both for board, viewer and secretary and requires byte-identical answers: any figure, RAG,
/// direction, chart point, cost or total that gives a hidden count away makes them differ.
///
/// Indicators are stored as snapshots, not computed from returns: returns small enough to read
/// could not be made to differ only in the hidden counts of every indicator at once (one child
/// moved changes several measures, some of them shown), while snapshots set each numerator and
/// denominator directly. The placements are real SSDA903 episodes, because the sufficiency page
/// and the pack price them from the return.
struct SmallNumbersFixture: Sendable {
    enum Variant: Sendable { case a, b }

    let store: SQLStore
    let app: HearthApp
    let responder: RouterResponder<AppContext>
    let routes: RouteTable
    let sessions: [UserRole: String]

    static let authority = "876"
    static let computedAt = Date(timeIntervalSince1970: 1_767_225_600) // 1 January 2026
    static let years = [2021, 2022, 2023, 2024, 2025]
    /// The indicator whose every year is large: the test checks it is still shown.
    static let safeIndicator: IndicatorID = "rereferrals_12m"

    /// Numerator and denominator by year for an indicator in `unit`. Shown years agree between
    /// the variants; hidden ones differ. Percentages: 3 or 5 of 70 (numerator 1–5), 37 or 36 of 40
    /// (the 3 or 4 not counted come back by subtraction), 4 or 2 of 18. Rates per 10,000: 3, 2, 4
    /// children against a population of 30,000 shown. Averages of days: the same 900 days over 3
    /// or 4 children.
    static func terms(_ unit: IndicatorDefinition.Unit, _ v: Variant, safe: Bool) -> [(Double, Double)] {
        if safe { return [(20, 80), (25, 80), (30, 90), (40, 100), (45, 100)] }
        let a = v == .a
        switch unit {
        case .per10k: return [(40, 30_000), (a ? 3 : 5, 30_000), (50, 30_000), (a ? 2 : 1, 30_000), (a ? 4 : 2, 30_000)]
        case .days: return [(6_000, 20), (900, a ? 3 : 4), (7_000, 25), (800, a ? 2 : 5), (1_000, a ? 4 : 3)]
        default: return [(20, 80), (a ? 3 : 5, 70), (30, 90), (a ? 37 : 36, 40), (a ? 4 : 2, 18)]
        }
    }

    /// The adoption measures' note counts the children it left out: 3 or 2 in the latest year.
    static func note(_ unit: IndicatorDefinition.Unit, _ v: Variant, year: Int) -> String? {
        guard unit == .days, year == years.last else { return nil }
        return "\(v == .a ? 3 : 2) adopted child(ren) left out: their care began before the earliest SSDA903 held"
    }

    /// Children looked after on 31 March 2025 by PLACE and provider. In variant A one child is in
    /// kinship care (3 kinship, 2 in private homes); in B that child is in a private home (2 and 3).
    /// The private homes are priced by the provider's URN at £14,000, which a board must not see
    /// beside "c" children. Every other group, and the 27 in all, are the same.
    static func placements(_ v: Variant) -> [(place: String, provider: String, urn: String?, count: Int)] {
        [("U4", "PR1", nil, 12), ("U6", "PR4", nil, 10),
         ("U1", "PR1", nil, v == .a ? 3 : 2), ("K2", "PR4", "SC000001", v == .a ? 2 : 3)]
    }

    static let costs = PlacementCostTable(lines: [
        PlacementCost(placement: PlacementGroup.inHouseFostering.rawValue, weeklyCost: 500),
        PlacementCost(placement: PlacementGroup.independentFostering.rawValue, weeklyCost: 1_000),
        PlacementCost(placement: PlacementGroup.kinship.rawValue, weeklyCost: 350),
        PlacementCost(placement: PlacementGroup.residentialPrivate.rawValue, weeklyCost: 6_500),
        PlacementCost(placement: PlacementGroup.residentialPrivate.rawValue, provider: "SC000001", weeklyCost: 14_000, note: "solo home"),
    ])

    static func dataset(_ v: Variant) -> Dataset {
        var header: [LookedAfterChild] = []
        var episodes: [CareEpisode] = []
        for p in placements(v) {
            for _ in 0..<p.count {
                let id = "SN\(String(format: "%03d", header.count + 1))"
                header.append(LookedAfterChild(childID: id, sex: "1", birthDate: Day(iso: "2012-05-01"), ethnicity: "WBRI"))
                episodes.append(CareEpisode(childID: id, startDate: Day(iso: "2024-06-01"), reasonForNewEpisode: "S", legalStatus: "C2",
                                            placement: p.place, placementProvider: p.provider, endDate: nil, homePostcode: nil,
                                            placementPostcode: nil, urn: p.urn))
            }
        }
        return Dataset(authorityCode: authority, ssda903: SSDA903Return(collectionYear: 2025, header: header, episodes: episodes))
    }

    static func make(_ v: Variant) async throws -> SmallNumbersFixture {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-small-numbers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try ReturnSetWriter().write(dataset(v), to: dir)
        let store = try await StoreFactory.open(.sqliteMemory)
        let result = try await ReturnImporter(store: store).importFolder(dir, by: "fixture", authority: authority)
        guard case .stored = result.outcome else { throw FixtureError.notStored("\(result.outcome)") }
        try await store.savePlacementCosts(costs, authority: authority)
        // Snapshots before the service starts, so it does not compute its own from the return.
        for d in IndicatorCatalogue.standard.definitions {
            for (year, (n, den)) in zip(years, terms(d.unit, v, safe: d.id == safeIndicator)) {
                let value = d.unit == .per10k ? n / den * 10_000 : d.unit == .days ? n / den : n / den * 100
                try await store.saveSnapshot(IndicatorSnapshot(
                    indicatorID: d.id.rawValue, authority: authority, period: .financialYear(year), value: value, numerator: n,
                    denominator: den, note: note(d.unit, v, year: year), computedAt: computedAt, sourceSubmissionIDs: [1]))
            }
        }
        let sessions = try await ServerFixture.signIn(store)
        try await ServerFixture.seedProgramme(store)
        try await seedLocalMeasures(store, v)
        // An action linked to every indicator, so the plan's "off trajectory" judgements are rendered too.
        let ids = IndicatorCatalogue.standard.definitions.map(\.id.rawValue) + localMeasures.map(\.id)
        try await store.savePlan(ImprovementPlan(version: 2, title: "Small numbers plan", approved: Day(iso: "2025-01-10"),
                                                 priorities: [Priority(id: "P1", title: "Seeded priority", lead: "DCS")],
                                                 actions: [PlanAction(id: "1.1", priorityID: "P1", title: "Seeded action", owner: "DCS",
                                                                      due: Day(iso: "2027-03-31")!, indicatorIDs: ids)]),
                                 authority: authority)
        let (app, router, routes) = try await ServerFixture.makeApp(store)
        try await seedSelfEvaluation(store, app)
        return SmallNumbersFixture(store: store, app: app, responder: router.buildResponder(), routes: routes, sessions: sessions)
    }

    /// A self-evaluation issued (version 1, frozen for board roles from these figures) and a later
    /// draft (version 2, which board roles must not reach), so its pages, files and API answers
    /// are walked like every other.
    static func seedSelfEvaluation(_ store: SQLStore, _ app: HearthApp) async throws {
        let programme = ProgrammeService(store: store, indicators: app.indicators)
        let packs = BoardPackService(store: store, programme: programme, indicators: app.indicators, printer: ChromiumPrinter.find())
        let sef = SelfEvaluationService(store: store, packs: packs)
        let words = SelfEvaluationNarrative(summary: "Seeded summary", areas: [.careLeavers: .init(whatWeKnow: "Seeded answer")])
        let first = try await sef.save(words, by: "analyst")
        try await sef.issue(first.version, by: "manager", json: SelfEvaluationAPIModels.json)
        try await sef.save(SelfEvaluationNarrative(summary: "A later draft"), by: "analyst")
    }

    /// Closes the store's connections: SQLite insists on it before they go.
    func close() async throws { try await store.close() }

    func headers(_ role: UserRole) -> HTTPFields {
        [.cookie: "\(CookieSettings.csrf)=\(ServerFixture.csrf); \(CookieSettings.session)=\(sessions[role] ?? "")"]
    }

    /// Local measures of both kinds: two that count children, whose latest values differ between
    /// the variants only in what is hidden (3 or 4 children waiting; 37 or 38 of 40 children
    /// heard, leaving 3 or 2 not), one of staff (72%, the same in both: shown), and one kept from
    /// boards whose values differ freely (it must not reach them at all). Each has a target, so
    /// a RAG and a direction that would give the hidden figure away are there to be withheld.
    static let localMeasures: [LocalMeasure] = [
        LocalMeasure(id: "local_children_waiting_for_an_advocate", title: "Children waiting for an advocate", definition: "d",
                     unit: .count, polarity: .low, frequency: .monthly, area: .frontDoor, owner: "manager", source: "advocacy log",
                     boardVisible: true, countsChildren: true, createdBy: "manager", createdAt: computedAt),
        LocalMeasure(id: "local_percent_of_children_whose_views_were_heard", title: "% of children whose views were heard",
                     definition: "d", unit: .percentage, polarity: .high, frequency: .quarterly, area: .childrenInCare, owner: "manager",
                     source: "case audit", boardVisible: true, countsChildren: true, createdBy: "manager", createdAt: computedAt),
        LocalMeasure(id: "local_percent_of_staff_who_feel_valued", title: "% of staff who feel valued", definition: "d",
                     unit: .percentage, polarity: .high, frequency: .quarterly, area: .workforce, owner: "manager", source: "staff survey",
                     boardVisible: true, countsChildren: false, createdBy: "manager", createdAt: computedAt),
        LocalMeasure(id: "local_complaints_upheld", title: "Complaints upheld", definition: "d", unit: .count, polarity: .low,
                     frequency: .annual, area: .other, owner: "manager", source: "complaints team", boardVisible: false,
                     countsChildren: false, createdBy: "manager", createdAt: computedAt),
    ]

    static func seedLocalMeasures(_ store: SQLStore, _ v: Variant) async throws {
        for m in localMeasures { try await store.addLocalMeasure(m, authority: authority) }
        let (waiting, heard, valued, complaints) = (localMeasures[0], localMeasures[1], localMeasures[2], localMeasures[3])
        func value(_ m: LocalMeasure, _ period: String, _ x: Double, _ n: Double? = nil, _ d: Double? = nil) -> LocalMeasureValue {
            LocalMeasureValue(measureID: m.id, period: m.frequency.period(parsing: period)!, value: x, numerator: n, denominator: d,
                              enteredBy: "manager", enteredAt: computedAt)
        }
        let heardNow: Double = v == .a ? 37 : 38
        try await store.addLocalMeasureValues([
            value(waiting, "2025-01", 12), value(waiting, "2025-02", 10), value(waiting, "2025-03", v == .a ? 3 : 4),
            value(heard, "2024-25 Q3", 30, 24, 40), value(heard, "2024-25 Q4", heardNow / 40 * 100, heardNow, 40),
            value(valued, "2024-25 Q3", 70), value(valued, "2024-25 Q4", 72),
            value(complaints, "2024-25", v == .a ? 2 : 40),
        ], authority: authority)
        for (id, target) in [(waiting.id, 5.0), (heard.id, 90.0), (valued.id, 75.0), (complaints.id, 10.0),
                             ("suff_unregistered", 0), ("suff_high_cost", 1)] {
            try await store.addTargetSetting(TargetSetting(indicatorID: id, target: target, tolerance: 2, from: Day(iso: "2024-04-01")!,
                                                           reason: "fixture", setBy: "manager", setAt: computedAt), authority: authority)
        }
    }

    /// Every concrete address of a GET route pattern in this fixture: each indicator for the
    /// indicator routes (and the local measures for theirs), the seeded plan, board and meeting
    /// for the programme's.
    static func addresses(_ pattern: String) -> [String] {
        if pattern.contains("/indicators/:id") {
            return IndicatorCatalogue.standard.definitions.map { pattern.replacingOccurrences(of: ":id", with: $0.id.rawValue) }
        }
        if pattern.contains("/measures/:id") || pattern.contains("/targets/:id") {
            let ids = localMeasures.map(\.id) + (pattern.contains("/targets/:id") ? ["rereferrals_12m", "sw_agency_rate", "suff_unregistered", "suff_high_cost"] : [])
            return ids.map { pattern.replacingOccurrences(of: ":id", with: $0) }
        }
        return [ServerFixture.concrete(pattern, submissionID: 1)]
    }
}

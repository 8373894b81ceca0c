import HearthApplication
import HearthCore
import HearthStore
import Hummingbird
import HearthIndicators
import HearthReports

/// The overview: one tile per indicator, grouped by the return it comes from.
struct OverviewController {
    let indicators: IndicatorService
    let programme: ProgrammeService
    let packs: BoardPackService
    let views: Views
    let cache = RenderCache()

    struct Tile {
        let id: String
        let href: String
        let title: String
        let value: String
        /// Where the figure comes from: the returns, or a local measure entered in Hearth.
        let origin: String
        let unit: String
        let period: String
        let target: String?
        let ragClass: String
        let ragLabel: String
        let direction: String
        let directionSymbol: String
        let sparkline: String
        let published: String?
        let england: String?
        let neighbours: String?
        /// "+2.1 since the Improvement Board of 15 October 2026", when the board has met.
        let since: String?
    }

    struct Head {
        let authorityName: String
    }

    struct Group {
        let heading: String
        let tiles: [Tile]
    }

    struct Content {
        let groups: [Group]
        let hasFigures: Bool
        let suppressed: Bool
        let counts: [Count]
    }

    struct Count {
        let label: String
        let value: Int
        let ragClass: String
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.overview, .signedIn) { _, context in
            let disclosure = Disclosure(role: context.user?.role)
            let name = await indicators.authorityName
            let generation = await indicators.generation
            let status = try await programme.status()
            let board = Self.followed(status.programme.boards)
            let met = board.flatMap { b in
                status.programme.meetings.filter { $0.boardID == b.id && $0.date <= status.today }.max { $0.date < $1.date }.map { (b, $0) }
            }
            let key = (disclosure.suppresses ? "suppressed" : "exact") + (met.map { " since " + $0.1.id } ?? "")
            let body = try await cache.html(key: key, generation: generation) {
                try await content(disclosure, since: met)
            }
            // The key messages change with the plan and a manager's wording as well as the figures,
            // so they are written on each visit rather than kept with the tiles.
            // The title, then the key messages, then the tiles.
            var top = views.render("overview-head", Head(authorityName: name))
            if let board, let panel = try await OverviewKeyMessages(packs: packs).panel(
                board: board, meetings: status.programme.meetings, today: status.today, role: context.user?.role) {
                top += views.render("overview-key-messages", panel)
            }
            return views.page(PageChrome(title: "Indicators", context: context, section: .overview, authorityName: name), body: top + body)
        }
    }

    /// The board the overview follows: the improvement board, else the first board.
    static func followed(_ boards: [Board]) -> Board? {
        boards.first { $0.kind == .improvement } ?? boards.first
    }

    /// The overview's body: the same for every user who sees exact (or suppressed) figures.
    private func content(_ disclosure: Disclosure, since met: (board: Board, meeting: Meeting)?) async throws -> String {
        let summaries = try await indicators.summaries(for: disclosure)
        var earlier: [IndicatorID: IndicatorSnapshot] = [:]
        if let met {
            let asAt = SinceLastMeeting.asAt(met.meeting)
            for s in summaries {
                earlier[s.definition.id] = try await indicators.figure(s.definition.id, asAt: asAt)
            }
        }
        var groups: [Group] = []
        for source in [IndicatorDefinition.Source.cinCensus, .ssda903, .annexA, .workforce, .local] {
            let tiles = summaries.filter { $0.definition.source == source }.map { s in
                tile(s, disclosure, since: met.flatMap { met in
                    earlier[s.definition.id].flatMap { then in
                        then.period == s.latest?.period ? nil
                            : SinceLastMeeting.change(s, from: then, disclosure: disclosure) + " since the \(met.board.name) of \(met.meeting.date.long)"
                    }
                })
            }
            if !tiles.isEmpty { groups.append(Group(heading: Self.heading(source), tiles: tiles)) }
        }
        // Only the RAG ratings shown are counted: counting a withheld one would give it back by
        // subtracting the tiles that show theirs.
        let shown = summaries.filter { $0.latest?.value != nil }.compactMap { IndicatorText(summary: $0, disclosure: disclosure).rag.shown }
        let counts = [RAGStatus.red, .amber, .green].map { rag in
            Count(label: rag.label, value: shown.filter { $0 == rag }.count, ragClass: "rag-" + rag.rawValue)
        }
        return views.render("overview-content", Content(
            groups: groups, hasFigures: summaries.contains { $0.latest != nil },
            suppressed: disclosure.suppresses, counts: counts))
    }

    func tile(_ s: IndicatorSummary, _ disclosure: Disclosure, since: String? = nil) -> Tile {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let d = s.definition
        return Tile(
            id: d.id.rawValue, href: Site.indicator(d.id.rawValue), title: d.title, value: text.value(s.latest), origin: text.origin,
            unit: d.unit == .per10k ? "per 10,000 children" : d.unit == .days ? "days" : "",
            period: s.latest.map { Self.periodAndDataTo($0.period) } ?? "not computed",
            target: s.target.map { "Target \(text.plain($0.target))" },
            ragClass: text.ragClass, ragLabel: text.ragLabel,
            direction: text.directionText, directionSymbol: text.directionSymbol,
            sparkline: Sparkline(values: text.recentYears, label: text.sparklineLabel).svg,
            published: text.publishedBeside, england: text.comparisonWithEngland, neighbours: text.neighbourMean, since: since)
    }

    /// The figure's period and the day its data runs to: "12 months to 30/11/2026" says both;
    /// "2025-26, data to 31/03/2026".
    static func periodAndDataTo(_ p: ReportingPeriod) -> String {
        p.label.contains(p.end.uk) ? p.label : "\(p.label), data to \(p.end.uk)"
    }

    static func heading(_ source: IndicatorDefinition.Source) -> String {
        switch source {
        case .cinCensus: "Children in need and child protection"
        case .ssda903: "Children in care and care leavers"
        case .annexA: "From the Annex A lists"
        case .workforce: "Workforce"
        case .local: "Local measures"
        }
    }
}

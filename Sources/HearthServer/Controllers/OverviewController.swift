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
    let views: Views
    let cache = RenderCache()

    struct Tile {
        let id: String
        let href: String
        let title: String
        let value: String
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

    struct Group {
        let heading: String
        let tiles: [Tile]
    }

    struct Content {
        let authorityName: String
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
            let met = try await lastMeeting()
            let key = (disclosure.suppresses ? "suppressed" : "exact") + (met.map { " since " + $0.meeting.id } ?? "")
            let body = try await cache.html(key: key, generation: generation) {
                try await content(disclosure, authorityName: name, since: met)
            }
            return views.page(PageChrome(title: "Indicators", context: context, section: .overview, authorityName: name), body: body)
        }
    }

    /// The overview's body: the same for every user who sees exact (or suppressed) figures.
    /// The improvement board's last meeting held (else any board's): the tiles say what moved since.
    private func lastMeeting() async throws -> (board: Board, meeting: Meeting)? {
        let status = try await programme.status()
        let boards = status.programme.boards
        let board = boards.first { $0.kind == .improvement } ?? boards.first
        guard let board, let meeting = status.programme.meetings.filter({ $0.boardID == board.id && $0.date <= status.today })
            .max(by: { $0.date < $1.date }) else { return nil }
        return (board, meeting)
    }

    private func content(_ disclosure: Disclosure, authorityName name: String, since met: (board: Board, meeting: Meeting)?) async throws -> String {
        let summaries = try await indicators.allSummaries()
        var earlier: [IndicatorID: IndicatorSnapshot] = [:]
        if let met {
            let asAt = SinceLastMeeting.asAt(met.meeting)
            for s in summaries {
                earlier[s.definition.id] = try await indicators.figure(s.definition.id, asAt: asAt)
            }
        }
        var groups: [Group] = []
        for source in [IndicatorDefinition.Source.cinCensus, .ssda903, .annexA, .workforce] {
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
            authorityName: name, groups: groups, hasFigures: summaries.contains { $0.latest != nil },
            suppressed: disclosure.suppresses, counts: counts))
    }

    func tile(_ s: IndicatorSummary, _ disclosure: Disclosure, since: String? = nil) -> Tile {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let d = s.definition
        return Tile(
            id: d.id.rawValue, href: Site.indicator(d.id.rawValue), title: d.title, value: text.value(s.latest),
            unit: d.unit == .per10k ? "per 10,000 children" : d.unit == .days ? "days" : "",
            period: s.latest?.period.label ?? "not computed",
            target: s.target.map { "Target \(text.plain($0.target))" },
            ragClass: text.ragClass, ragLabel: text.ragLabel,
            direction: text.directionText, directionSymbol: text.directionSymbol,
            sparkline: Sparkline(values: text.recentYears, label: text.sparklineLabel).svg,
            published: text.publishedBeside, england: text.comparisonWithEngland, neighbours: text.neighbourMean, since: since)
    }

    static func heading(_ source: IndicatorDefinition.Source) -> String {
        switch source {
        case .cinCensus: "Children in need and child protection"
        case .ssda903: "Children in care and care leavers"
        case .annexA: "From the Annex A lists"
        case .workforce: "Workforce"
        }
    }
}

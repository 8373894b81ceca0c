import HearthCore
import HearthData
import HearthIndicators
import HearthReports

/// The indicator sections. The pack proper gives a scorecard of the group (each figure, its
/// RAG, its change since the last meeting, England and the target) and the trend of the few
/// that need the board's attention; the appendix gives every indicator in detail, with its
/// definition, trend, place among the statistical neighbours and the officer's commentary.
extension BoardPackBuilder {
    /// How many indicators of a group the pack proper charts: the rest are in the appendix.
    static let attentionCharts = 2

    public func indicatorSection(_ kind: PackSection, area: IndicatorArea, intro: [PackBlock]?, introDetail: [PackBlock] = []) -> PackSectionContent {
        let summaries = inputs.summaries.filter { $0.definition.area == area }
        var blocks = intro ?? []
        guard summaries.contains(where: { $0.latest != nil }) else {
            blocks.append(.paragraph("No figures have been computed for these indicators yet."))
            return PackSectionContent(kind: kind, blocks: blocks, appendix: introDetail)
        }
        blocks.append(.note(Self.dataTo(summaries.compactMap(\.latest?.period.end).max(), meeting: inputs.meeting.date)))
        blocks.append(.table(scorecard(summaries, title: kind.title)))
        blocks.append(.note("RAG is against the target (England's latest figure unless the council set its own). "
                            + "\"c\": the figure rests on 1 to 5 children and is not shown. \"–\": not computed for the period."))
        let ranked = needingAttention(summaries)
        let attention = ranked.map(\.summary)
        // Charted: the red and the newly worse, up to two; when there are none, the one getting
        // worse first. The rest are named, and all are in the appendix.
        let alarming = ranked.filter { $0.rank < 2 }.map(\.summary)
        let charted = alarming.isEmpty ? Array(attention.prefix(1)) : Array(alarming.prefix(Self.attentionCharts))
        for s in charted {
            blocks.append(.subheading(s.definition.title))
            blocks.append(.paragraph(attentionReason(s)))
            if let commentary = inputs.text.commentary[s.definition.id.rawValue] { blocks.append(.paragraph(commentary)) }
            blocks.append(.chart(attentionChart(s)))
        }
        if attention.isEmpty {
            blocks.append(.paragraph("No indicator in this group is red or getting worse."))
        } else if attention.count > charted.count {
            blocks.append(.paragraph("Also red or getting worse: " + attention.dropFirst(charted.count).map(\.definition.title).joined(separator: "; ") + "."))
        }
        var detail = introDetail
        detail.append(.tiles(summaries.map(tile)))
        for s in summaries where s.latest != nil || s.published != nil {
            detail.append(.subheading(s.definition.title))
            detail.append(.paragraph(s.definition.definition))
            if let commentary = inputs.text.commentary[s.definition.id.rawValue] { detail.append(.paragraph(commentary)) }
            detail.append(.chart(PackChart(trend: IndicatorCharts.history(s, authority: inputs.authorityName, disclosure: .aggregate))))
            if let bars = IndicatorCharts.benchmark(s) { detail.append(.chart(PackChart(bars: bars))) }
        }
        return PackSectionContent(kind: kind, blocks: blocks, appendix: detail)
    }

    /// One line an indicator: the figure now, its RAG, how it moved since the board last met,
    /// England's latest figure and the target.
    func scorecard(_ summaries: [IndicatorSummary], title: String) -> PackTable {
        // The column is narrow: its header says "since the last meeting", the caption which one.
        let since = "Since last meeting"
        let rows: [[PackCell]] = summaries.map { s in
            let text = IndicatorText(summary: s, disclosure: .aggregate)
            let rag = text.rag.shown
            // The same period then and now is no change but no news: the figure has not been re-computed since.
            let change = inputs.earlierFigures[s.definition.id].map { earlier in
                earlier.snapshot.period == s.latest?.period ? "no new data" : SinceLastMeeting.change(s, from: earlier.snapshot, disclosure: .aggregate)
            } ?? "–"
            let england = text.englandLatest.map { text.plain($0.value) } ?? "–"
            return [PackCell(s.definition.title), PackCell(text.value(s.latest), bold: true),
                    PackCell(rag.map { $0 == .neutral ? "–" : $0.label } ?? "c", rag: rag.map(Self.rag)),
                    PackCell(change), PackCell(england), PackCell(s.target.map { text.plain($0.target) } ?? "–")]
        }
        let period = summaries.compactMap(\.latest).max { $0.period.end < $1.period.end }?.period.label
        let meeting = inputs.previousMeeting.map { "; change since the meeting of \($0.date.long)" } ?? ""
        return PackTable(caption: "\(title): the figures" + (period.map { ", \($0)" } ?? "") + meeting,
                         header: ["Indicator", "Now", "RAG", since, "England (latest)", "Target"], rows: rows, numericColumns: [1, 3, 4, 5])
    }

    /// The indicators the board should look at: red first, then those whose RAG worsened since
    /// the last meeting, then those getting worse year on year; each in the catalogue's order.
    func needingAttention(_ summaries: [IndicatorSummary]) -> [(rank: Int, summary: IndicatorSummary)] {
        summaries.enumerated().compactMap { i, s in attentionRank(s).map { (rank: $0, index: i, summary: s) } }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { (rank: $0.rank, summary: $0.summary) }
    }

    /// 0 red, 1 worse RAG than at the last meeting, 2 getting worse year on year; nil otherwise.
    func attentionRank(_ s: IndicatorSummary) -> Int? {
        let text = IndicatorText(summary: s, disclosure: .aggregate)
        guard s.latest?.value != nil else { return nil }
        if text.rag.shown == .red { return 0 }
        if let earlier = inputs.earlierFigures[s.definition.id], let now = text.rag.shown,
           now.severity > earlier.rag.severity { return 1 }
        if text.direction.shown == .declining { return 2 }
        return nil
    }

    /// The chart of an indicator that needs attention: its twelve months to each month-end over
    /// the last two years, where Hearth holds them (the position a twelve-week cycle watches), with
    /// DfE's and England's yearly figures and the target; else its trend by year.
    func attentionChart(_ s: IndicatorSummary) -> PackChart {
        let run = (inputs.runs[s.definition.id] ?? []).suffix(24)
        guard run.filter({ $0.value != nil }).count >= 3 else {
            return PackChart(trend: IndicatorCharts.trend(s, authority: inputs.authorityName, disclosure: .aggregate))
        }
        var chart = IndicatorCharts.run(s, points: Array(run), step: .rolling, authority: inputs.authorityName, disclosure: .aggregate)
        chart.height = 190
        return PackChart(trend: chart, firstColumn: "Twelve months to")
    }

    /// Why an indicator is charted in the pack proper, in a sentence.
    func attentionReason(_ s: IndicatorSummary) -> String {
        let text = IndicatorText(summary: s, disclosure: .aggregate)
        let value = text.value(s.latest), period = s.latest?.period.label ?? ""
        var why = "\(value) in \(period)"
        if let target = s.target { why += " against a target of \(text.plain(target.target))" }
        if let england = text.comparisonWithEngland { why += "; \(england.prefix(1).lowercased() + england.dropFirst())" }
        return why + " (" + (text.rag.shown == .red ? "red" : text.directionText.lowercased()) + ")."
    }

    public func tile(_ s: IndicatorSummary) -> PackTile {
        let text = IndicatorText(summary: s, disclosure: .aggregate)
        var detail: [String] = []
        if let latest = s.latest { detail.append(text.origin + ", " + latest.period.label) }
        if let target = s.target { detail.append("target \(text.plain(target.target))") }
        detail.append(text.directionText.lowercased())
        let comparison = [text.publishedBeside, text.comparisonWithEngland, text.neighbourMean].compactMap { $0 }.joined(separator: "; ")
        return PackTile(title: s.definition.title, value: text.value(s.latest), rag: text.rag.shown.map(Self.rag) ?? PackRAG.none,
                        detail: detail.joined(separator: " · "), comparison: comparison.isEmpty ? "No published comparison" : comparison)
    }

    public func childrenInCare() -> PackSectionContent {
        var intro: [PackBlock] = []
        var detail: [PackBlock] = []
        if let r = inputs.sufficiency {
            let f = SufficiencyFigures(r, .aggregate)
            intro.append(.paragraph("On \(r.date.long) the council looked after \(f.lookedAfter) children."))
            detail.append(.table(PackTable(caption: "Children looked after by placement", header: ["Placement", "Children"],
                                          rows: f.groups.map { [PackCell($0.group.title), PackCell($0.children.description)] }
                                              + [[PackCell("All placements", bold: true), PackCell(f.lookedAfter.description, bold: true)]],
                                          numericColumns: [1])))
        }
        if let e = inputs.education {
            let rows: [[PackCell]] = ([e.authority] + (e.region.map { [$0] } ?? []) + [e.england]).map { f in
                [PackCell(f.area, bold: f == e.authority), PackCell(Self.percent(f.overall)), PackCell(Self.percent(f.persistent))]
            }
            detail.append(.subheading("Education: school attendance"))
            detail.append(.table(PackTable(caption: "Children looked after for 12 months: school absence, \(e.year - 1)/\(e.year % 100) (DfE published)",
                                          header: ["Area", "Sessions missed", "Persistently absent (10% or more)"],
                                          rows: rows, numericColumns: [1, 2])))
        }
        return indicatorSection(.childrenInCare, area: .childrenInCare, intro: intro, introDetail: detail)
    }

    /// A published percentage, its symbol kept when there is no figure.
    public static func percent(_ v: PublishedValue) -> String {
        v.number.map { MoneyFormat.percent($0) } ?? v.description
    }

    /// What a section's figures run to, said at its head; flagged when that is more than six
    /// months before the meeting, so a board does not read old figures as the current position.
    static func dataTo(_ day: Day?, meeting: Day) -> String {
        guard let day else { return "No figures computed for this section." }
        if day < meeting.adding(months: -6) {
            return "Data to \(day.long): more than six months before this meeting. Load the latest returns (an in-year extract will do) for a current position."
        }
        return "Data to \(day.long)."
    }
}

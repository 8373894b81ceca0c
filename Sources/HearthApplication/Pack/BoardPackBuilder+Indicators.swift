import HearthCore
import HearthData
import HearthIndicators
import HearthReports

/// The indicator sections: a tile for each indicator of the group, then each one in detail with
/// its trend, its place among the statistical neighbours, and the officer's commentary.
extension BoardPackBuilder {
    public func indicatorSection(_ kind: PackSection, area: IndicatorArea, intro: [PackBlock]?) -> PackSectionContent {
        let summaries = inputs.summaries.filter { $0.definition.area == area }
        var blocks = intro ?? []
        guard summaries.contains(where: { $0.latest != nil }) else {
            blocks.append(.paragraph("No figures have been computed for these indicators yet."))
            return PackSectionContent(kind: kind, blocks: blocks)
        }
        blocks.append(.note(Self.dataTo(summaries.compactMap(\.latest?.period.end).max(), meeting: inputs.meeting.date)))
        blocks.append(.tiles(summaries.map(tile)))
        blocks.append(.note("RAG is against the target (England's latest figure unless the council set its own). "
                            + "\"c\": the figure rests on 1 to 5 children and is not shown. \"–\": not computed for the period."))
        for s in summaries where s.latest != nil || s.published != nil {
            blocks.append(.subheading(s.definition.title))
            blocks.append(.paragraph(s.definition.definition))
            if let commentary = inputs.text.commentary[s.definition.id.rawValue] {
                blocks.append(.paragraph(commentary))
            }
            blocks.append(.chart(PackChart(trend: IndicatorCharts.trend(s, authority: inputs.authorityName, disclosure: .aggregate))))
            if let bars = IndicatorCharts.benchmark(s) {
                blocks.append(.chart(PackChart(bars: bars)))
            }
        }
        return PackSectionContent(kind: kind, blocks: blocks)
    }

    public func tile(_ s: IndicatorSummary) -> PackTile {
        let text = IndicatorText(summary: s, disclosure: .aggregate)
        var detail: [String] = []
        if let latest = s.latest { detail.append("Hearth, from your returns, " + latest.period.label) }
        if let target = s.target { detail.append("target \(text.plain(target.target))") }
        detail.append(text.directionText.lowercased())
        let comparison = [text.publishedBeside, text.comparisonWithEngland, text.neighbourMean].compactMap { $0 }.joined(separator: "; ")
        return PackTile(title: s.definition.title, value: text.value(s.latest), rag: text.rag.shown.map(Self.rag) ?? PackRAG.none,
                        detail: detail.joined(separator: " · "), comparison: comparison.isEmpty ? "No published comparison" : comparison)
    }

    public func childrenInCare() -> PackSectionContent {
        var intro: [PackBlock] = []
        if let r = inputs.sufficiency {
            let f = SufficiencyFigures(r, .aggregate)
            intro.append(.paragraph("On \(r.date.long) the council looked after \(f.lookedAfter) children."))
            intro.append(.table(PackTable(caption: "Children looked after by placement", header: ["Placement", "Children"],
                                          rows: f.groups.map { [PackCell($0.group.title), PackCell($0.children.description)] }
                                              + [[PackCell("All placements", bold: true), PackCell(f.lookedAfter.description, bold: true)]],
                                          numericColumns: [1])))
        }
        if let e = inputs.education {
            let rows: [[PackCell]] = ([e.authority] + (e.region.map { [$0] } ?? []) + [e.england]).map { f in
                [PackCell(f.area, bold: f == e.authority), PackCell(Self.percent(f.overall)), PackCell(Self.percent(f.persistent))]
            }
            intro.append(.subheading("Education: school attendance"))
            intro.append(.table(PackTable(caption: "Children looked after for 12 months: school absence, \(e.year - 1)/\(e.year % 100) (DfE published)",
                                          header: ["Area", "Sessions missed", "Persistently absent (10% or more)"],
                                          rows: rows, numericColumns: [1, 2])))
        }
        return indicatorSection(.childrenInCare, area: .childrenInCare, intro: intro)
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

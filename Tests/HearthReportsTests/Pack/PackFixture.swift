import HearthCore
@testable import HearthReports

/// A small pack with one of every block, for the renderers' tests.
enum PackFixture {
    static let trend = TrendChart(title: "Re-referrals by year", labels: ["2023-24", "2024-25"],
                                  series: [.init(name: "Halton", values: [24.1, nil], style: .primary),
                                           .init(name: "England", values: [22.4, 22.6], style: .comparison)],
                                  target: 22.6, format: { String(format: "%.1f%%", $0) })

    static func pack(cover: Bool = true) -> BoardPack {
        var sections = [
            PackSectionContent(kind: .plan, blocks: [
                .paragraph("First paragraph <b>& more</b>.\nSame paragraph.\n\nSecond paragraph."),
                .table(PackTable(caption: "Actions by priority", header: ["Priority", "Red"],
                                 rows: [[PackCell("P1 Front door"), PackCell("2", rag: .red)]], numericColumns: [1])),
            ]),
            PackSectionContent(kind: .indicators, blocks: [
                .tiles([PackTile(title: "Re-referrals within 12 months", value: "19.0%", rag: .green, detail: "2024-25 · target 22.6%",
                                 comparison: "Better than England: 22.6%")]),
                .chart(PackChart(trend: trend)),
                .note("c: suppressed"),
            ]),
        ]
        if cover { sections.insert(PackSectionContent(kind: .cover, blocks: []), at: 0) }
        return BoardPack(
            title: "Children's services improvement: progress report", authority: "Halton",
            cover: PackCover(facts: [PackKeyValue("Report to", "Improvement Board"), PackKeyValue("Date of meeting", "1 December 2026")],
                             purpose: ["To report progress."], recommendations: ["That the report be noted."]),
            sections: sections, sources: ["Indicators: submission 3."], footer: "Halton · Improvement Board · 1 December 2026")
    }
}

import Foundation
import HearthCore
import HearthIndicators

/// The table, CSV and JSON forms of `hearth sufficiency`.
struct SufficiencyReportView {
    let report: SufficiencyReport
    let authority: String
    let costSource: String
    /// The costs are the authority's own table, not the illustrative national figures.
    let ownCostTable: Bool
    /// List placements child by child (high-cost, unregistered).
    let children: Bool

    func render(_ format: OutputFormat) -> String {
        switch format {
        // The API's answer (`/api/v1/sufficiency`), with the placements child by child for --children.
        case .json: return jsonText(SufficiencyAnswer(report, ownCostTable: ownCostTable, listingPlacements: children))
        case .csv: return csv()
        case .table: return table()
        }
    }

    private func table() -> String {
        let r = report
        var out = ["\(authority): children looked after on \(r.date.uk), \(r.lookedAfter) children; costs from \(costSource)", ""]
        var t = TextTable("placement type", "children", "share", "weekly cost", "unpriced")
        for g in r.byGroup {
            t.add([g.group.title, String(Int(g.children.numerator)), percentText(g.children.percent), pounds(g.weeklyCost), String(g.unpriced)])
        }
        t.add(["All", String(r.lookedAfter), percentText(r.lookedAfter > 0 ? 100 : nil), pounds(r.spend.weeklyCommitment), String(r.unpriced)])
        out.append(t.render())
        let d = r.distant
        out += ["",
                "Placed more than 20 miles from home and outside the authority: \(Int(d.numerator)) of \(Int(d.denominator)) with both postcodes known (\(percentText(d.percent)))",
                "Unregistered provision: \(r.unregistered.count)",
                "Average weekly cost: \(pounds(r.averageWeeklyCost.ratio ?? 0)); high-cost placements (\(pounds(r.highCostThreshold)) a week or more): \(r.highCost.count), \(pounds(r.highCost.compactMap(\.weeklyCost).reduce(0, +))) a week",
                "",
                "Spend \(r.spend.yearStart.uk)–\(r.spend.yearEnd.uk): \(pounds(r.spend.spentToDate)) to \(r.spend.asAt.uk); weekly commitment \(pounds(r.spend.weeklyCommitment)) (\(pounds(r.spend.annualisedCommitment)) a year)",
                "Projection to \(r.spend.yearEnd.uk): \(pounds(r.spend.projectedYear)) (spent so far + today's commitments for the \(r.spend.daysRemaining) days left)"]
        if children {
            var list = TextTable("child", "placement", "provider", "URN", "since", "weekly cost", "miles", "why listed")
            for p in r.highCost + r.unregistered.filter({ ($0.weeklyCost ?? 0) < r.highCostThreshold }) {
                list.add([p.childID, p.place ?? "", p.provider ?? "", p.urn ?? "", p.placementStart?.uk ?? "",
                          p.weeklyCost.map(pounds) ?? "unpriced", oneDecimal(p.milesFromHome),
                          p.unregisteredReason.map { "unregistered: \($0)" } ?? "high cost"])
            }
            out += ["", list.render()]
        }
        return out.joined(separator: "\n")
    }

    private func csv() -> String {
        var lines = ["measure,placement_type,value,numerator,denominator"]
        func add(_ m: String, _ type: String, _ v: Double?, _ n: Double? = nil, _ d: Double? = nil) {
            lines.append([m, type, v.map { String($0) } ?? "", n.map { String($0) } ?? "", d.map { String($0) } ?? ""]
                .map(csvField).joined(separator: ","))
        }
        for g in report.byGroup {
            add("children", g.group.rawValue, g.children.numerator)
            add("share_percent", g.group.rawValue, g.children.percent, g.children.numerator, g.children.denominator)
            add("weekly_cost", g.group.rawValue, g.weeklyCost)
        }
        add("looked_after", "", Double(report.lookedAfter))
        add("distant_percent", "", report.distant.percent, report.distant.numerator, report.distant.denominator)
        add("unregistered", "", Double(report.unregistered.count))
        add("high_cost_placements", "", Double(report.highCost.count))
        add("weekly_commitment", "", report.spend.weeklyCommitment)
        add("spent_to_date", "", report.spend.spentToDate)
        add("projected_year", "", report.spend.projectedYear)
        return lines.joined(separator: "\n")
    }
}

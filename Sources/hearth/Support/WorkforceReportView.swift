import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators

/// The table, CSV and JSON forms of `hearth workforce`.
struct WorkforceReportView {
    let analysis: WorkforceAnalysis

    init(_ analysis: WorkforceAnalysis) { self.analysis = analysis }

    private var report: WorkforceReport { analysis.report }

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return jsonText(JSONForm(authority: analysis.authority?.name, source: analysis.source.rawValue,
                                              report: report, benchmarks: analysis.benchmarks))
        case .csv: return csv()
        case .table: return table()
        }
    }

    private func value(_ ratio: MeasureRatio, isPercent: Bool) -> String {
        isPercent ? percentText(ratio.percent) : oneDecimal(ratio.ratio)
    }

    private func table() -> String {
        let r = report
        let name = analysis.authority?.name ?? "Authority"
        var out = ["\(name): social work workforce at \(r.date.uk) (from \(analysis.source.rawValue); year from \(r.yearStart.uk))", ""]
        let benchmarks = Dictionary(analysis.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let year = analysis.benchmarks.first?.year
        var t = TextTable(["measure", "value", "numerator", "denominator", "how",
                           "\(name) \(year.map(String.init) ?? "")", "England", analysis.benchmarks.first?.regionName ?? "region",
                           "SN mean", "SN median"])
        for m in IndicatorCatalogue.standard.workforce {
            let b = benchmarks[m.id], ratio = m.ratio(report)
            t.add([m.title, value(ratio, isPercent: !m.isRatio), oneDecimal(ratio.numerator), oneDecimal(ratio.denominator), m.formula,
                   b.map { $0.published.description } ?? "", b.map { $0.england.description } ?? "",
                   b.map { $0.region.description } ?? "", oneDecimal(b?.neighbourMean), oneDecimal(b?.neighbourMedian)])
        }
        out.append(t.render())
        if !analysis.benchmarks.isEmpty {
            out.append("Published figures: DfE children's social work workforce, census at 30 September \(year.map(String.init) ?? ""); c, x, z, k, u as DfE publishes them (never zero).")
        }
        let g = r.uncoveredGap
        out += ["", String(format: "Uncovered vacancy gap: %.1f vacant + %.1f absent − %.1f agency = %.1f FTE",
                           g.vacancyFTE, g.absentFTE, g.agencyFTE, g.gapFTE) + (WorkforceFigures.gapShare(g).map { ", \($0)" } ?? ""), ""]

        var teams = TextTable(["team", "kind", "establishment", "in post", "agency", "vacant", "absent", "gap", "cases",
                               "caseload", "target", "over target"])
        for s in r.levels.teams {
            teams.add([s.team, s.kind.title, oneDecimal(s.establishmentFTE), oneDecimal(s.inPostFTE), oneDecimal(s.agencyFTE),
                       oneDecimal(s.vacancyFTE), oneDecimal(s.absentFTE), oneDecimal(s.uncoveredGap.gapFTE), String(s.cases),
                       oneDecimal(s.caseload.ratio), oneDecimal(s.caseloadTarget),
                       oneDecimal(s.caseloadAboveTarget)])
        }
        out += ["Teams", teams.render(), ""]

        out.append("Newly qualified social workers still in post: " + r.nqswRetention.map {
            "after \($0.years) year\($0.years == 1 ? "" : "s") \(Int($0.retained.numerator)) of \(Int($0.retained.denominator)) (\(percentText($0.retained.percent)))"
        }.joined(separator: "; "))

        if !r.recruitment.isEmpty {
            let stageNames = ["applications", "shortlisted", "interviewed", "offered", "appointed", "in post after 12 months"]
            var funnel = TextTable(["campaign", "opened"] + stageNames)
            for f in r.recruitment {
                let cells = stageNames.map { name -> String in
                    guard let s = f.stages.first(where: { $0.name == name }) else { return "–" }
                    return s.fromPrevious.map { "\(s.count) (\(percentText($0.percent)))" } ?? String(s.count)
                }
                funnel.add([f.campaign, f.opened.uk] + cells)
            }
            out += ["", "Recruitment (each stage with its conversion from the one before)", funnel.render()]
        }

        var trend = TextTable("month end", "in post FTE", "agency FTE", "vacant FTE", "absent FTE")
        for p in r.trend {
            trend.add([p.monthEnd.uk, oneDecimal(p.inPostFTE), oneDecimal(p.agencyFTE), oneDecimal(p.vacancyFTE), oneDecimal(p.absentFTE)])
        }
        out += ["", "Monthly trend (establishment as now)", trend.render()]

        out += profileTable()

        let c = r.cost
        out += ["", "Cost a year at \(pounds(c.permanentPerFTE)) per permanent FTE and \(pounds(c.agencyPerFTE)) per agency FTE:",
                "  permanent \(pounds(c.permanentAnnual)), agency \(pounds(c.agencyAnnual)), total \(pounds(c.totalAnnual)); agency \(percentText(c.agencyShareOfCost.percent)) of the cost",
                "  agency premium \(pounds(c.agencyPremiumPerFTE)) per FTE, \(pounds(c.agencyPremiumAnnual)) a year"]
        return out.joined(separator: "\n")
    }

    private func csv() -> String {
        let r = report
        var lines = ["measure,team,value,numerator,denominator"]
        func add(_ measure: String, _ team: String, _ value: Double?, _ n: Double?, _ d: Double?) {
            add(measure, team, value.map { String($0) } ?? "", n, d)
        }
        func add(_ measure: String, _ team: String, _ value: String, _ n: Double?, _ d: Double?) {
            lines.append([measure, team, value, n.map { String($0) } ?? "", d.map { String($0) } ?? ""]
                .map(csvField).joined(separator: ","))
        }
        for m in IndicatorCatalogue.standard.workforce {
            let ratio = m.ratio(report)
            add(m.id.rawValue, "", m.value(report), ratio.numerator, ratio.denominator)
        }
        add("uncovered_gap_fte", "", r.uncoveredGap.gapFTE, nil, nil)
        if let share = r.uncoveredGap.shareOfPosts {
            add("uncovered_gap_share_of_posts", "", share, r.uncoveredGap.gapFTE, r.uncoveredGap.establishmentFTE)
        }
        for n in r.nqswRetention { add("nqsw_retention_\(n.years)y", "", n.retained.percent, n.retained.numerator, n.retained.denominator) }
        for s in r.levels.teams {
            add("establishment_fte", s.team, s.establishmentFTE, nil, nil)
            add("in_post_fte", s.team, s.inPostFTE, nil, nil)
            add("agency_fte", s.team, s.agencyFTE, nil, nil)
            add("vacancy_fte", s.team, s.vacancyFTE, nil, nil)
            add("absent_fte", s.team, s.absentFTE, nil, nil)
            add("caseload", s.team, s.caseload.ratio, s.caseload.numerator, s.caseload.denominator)
            add("caseload_target", s.team, s.caseloadTarget, nil, nil)
        }
        for b in analysis.benchmarks {
            // Published values keep DfE's symbols (c, x, z, k, u): an empty cell would read as missing.
            add("\(b.id)_published_\(b.year)", "", b.published.description, nil, nil)
            add("\(b.id)_england_\(b.year)", "", b.england.description, nil, nil)
            add("\(b.id)_region_\(b.year)", "", b.region.description, nil, nil)
            add("\(b.id)_sn_mean_\(b.year)", "", b.neighbourMean, nil, nil)
            add("\(b.id)_sn_median_\(b.year)", "", b.neighbourMedian, nil, nil)
        }
        lines += profileCSV()
        add("cost_permanent_annual", "", r.cost.permanentAnnual, nil, nil)
        add("cost_agency_annual", "", r.cost.agencyAnnual, nil, nil)
        add("cost_agency_premium_annual", "", r.cost.agencyPremiumAnnual, nil, nil)
        return lines.joined(separator: "\n")
    }

    private struct JSONForm: Encodable {
        let authority: String?
        let source: String
        let report: WorkforceReport
        let benchmarks: [WorkforceBenchmark]
    }
}

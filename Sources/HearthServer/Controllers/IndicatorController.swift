import Foundation
import HearthApplication
import Hummingbird
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// One indicator: its definition, trend, comparison with neighbours, figures, CSV, drill-down.
struct IndicatorController {
    let indicators: IndicatorService
    let store: any Store
    let views: Views

    struct Row {
        let period: String
        let value: String
        let numerator: String
        let denominator: String
        let published: String
        let england: String
    }

    struct Fact {
        let key: String
        let value: String
    }

    struct Page {
        let page: PageChrome
        let id: String
        let title: String
        let definition: String
        let facts: [Fact]
        let value: String
        let period: String
        let ragClass: String
        let ragLabel: String
        let direction: String
        /// The target in force in words, and where it is set and its history kept.
        let target: String
        let targetHref: String
        let trendChart: String
        /// The run of stored figures, one point per month (or per period of the kind chosen).
        let runChart: String
        let runCaption: String
        /// The period selector: every stored period, grouped by kind.
        let periodGroups: [PeriodGroup]
        let hasSelection: Bool
        let benchmarkChart: String?
        let benchmarkFacts: [Fact]
        let rows: [Row]
        let csvHref: String
        let drillDowns: [Link]
        let hasDrillDowns: Bool
        let suppressed: Bool
        let note: String?
        /// Said where there is no published comparison: why, so the section is not just missing.
        let notPublished: String?
    }

    struct Link {
        let label: String
        let href: String
    }

    struct PeriodOption {
        let name: String
        let label: String
        let selected: Bool
    }

    struct PeriodGroup {
        let label: String
        let options: [PeriodOption]
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.indicator, .signedIn) { request, context in
            // A local measure has its own page: every link to an indicator reaches it.
            if let id = context.parameters.get("id"), id.hasPrefix(LocalMeasure.idPrefix) {
                return .redirect(to: Site.measure(id), type: .normal)
            }
            let summary = try await summary(context)
            let selected = try await selected(request, summary)
            return views.response("indicator", try await page(summary, selected: selected, context))
        }
        r.get(Site.indicatorCSV, .signedIn) { request, context in
            let summary = try await summary(context)
            let selected = try await selected(request, summary)
            var response = Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: Self.csv(summary, selected: selected))))
            response.headers[.contentDisposition] = "attachment; filename=\"\(summary.definition.id)-figures.csv\""
            return response
        }
    }

    func summary(_ context: AppContext) async throws -> IndicatorSummary {
        let s = try await indicators.summary(of: context.parameters.get("id"))
        return s
    }

    /// The stored figure for `?period=` (the command line's names), nil when none was asked.
    private func selected(_ request: Request, _ s: IndicatorSummary) async throws -> IndicatorSnapshot? {
        guard let asked = request.uri.queryParameters.get("period"), !asked.isEmpty else { return nil }
        guard let period = ReportingPeriod(parsing: asked) else {
            throw ApplicationError.notFound("The period \"\(asked)\" is not one Hearth knows: use 2024-25, 2024-25-Q3, 2025-01 or rolling:2025-11-30.")
        }
        guard let snapshot = try await indicators.snapshot(s.definition.id, period: period) else {
            throw ApplicationError.notFound("No figure is stored for \(period.label): the returns held do not cover it.")
        }
        return snapshot
    }

    private func page(_ whole: IndicatorSummary, selected: IndicatorSnapshot?, _ context: AppContext) async throws -> Page {
        let disclosure = Disclosure(role: context.user?.role)
        // A period chosen: its figure is the one shown, with its RAG, note, list and download.
        let s = selected.map { whole.at($0, targets: indicators.targets) } ?? whole
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let d = s.definition
        let name = await indicators.authorityName
        var facts = [
            Fact(key: "Numerator", value: d.numerator),
            Fact(key: "Denominator", value: d.denominator),
            Fact(key: "Period", value: d.periodKind.rawValue),
            Fact(key: "Unit", value: d.unit.rawValue),
            Fact(key: "Better when", value: d.polarity == .high ? "higher" : d.polarity == .low ? "lower" : "read in context"),
            Fact(key: "Source", value: d.source.rawValue),
        ]
        if d.dayType != .none { facts.append(Fact(key: "Days", value: d.dayType == .working ? "working days (England and Wales bank holidays excluded)" : "calendar days")) }
        let source = d.published
        facts.append(Fact(key: "DfE published measure", value: source?.label ?? "None. " + d.noPublishedFigureReason))
        if let t = s.target { facts.append(Fact(key: "Target", value: "\(text.plain(t.target)) (\(t.source); amber within \(text.plain(t.tolerance)))")) }

        let rows = IndicatorCharts.years(s).reversed().map { year -> Row in
            let snap = s.history.first { $0.period.end.year == year }
            let published = s.published?.series.first { $0.year == year }?.value
            let terms = snap.map(text.terms)
            return Row(period: IndicatorText.yearLabel(year), value: snap.map { text.value($0) } ?? "",
                       numerator: terms?.numerator ?? "",
                       denominator: terms.map { d.unit == .per10k ? "population \($0.denominator)" : $0.denominator } ?? "",
                       published: published.map { $0.number.map(text.plain) ?? $0.description } ?? "",
                       england: s.englandByYear[year].map(text.plain) ?? "")
        }
        let linked = (selected.map { [$0] } ?? []) + s.history.reversed().filter { $0.period != selected?.period }
        let drill = Access.childLevel.allows(context.user?.role)
            ? linked.compactMap { snap in snap.period.name.map { Link(label: "Children and events behind \(snap.period.label)", href: Site.drillDown(d.id.rawValue, period: $0)) } }
            : []
        // The run follows the kind of period chosen: months by default.
        let step: SeriesStep = switch selected?.period.kind {
        case .quarter: .quarter
        case .year: .year
        case .rolling12: .rolling
        default: .month
        }
        let run = try await indicators.series(d.id, step: step)
        let all = try await indicators.computedPeriods()
        let groups: [(String, ReportingPeriod.Kind)] = [("Twelve months to a month-end", .rolling12), ("Reporting years", .year),
                                                        ("Quarters", .quarter), ("Months", .month)]
        let periodGroups = groups.map { label, kind in
            PeriodGroup(label: label, options: all.filter { $0.kind == kind }.compactMap { p in
                p.name.map { PeriodOption(name: $0, label: p.label, selected: p == selected?.period) }
            })
        }.filter { !$0.options.isEmpty }
        return Page(
            page: PageChrome(title: d.title, context: context, section: .overview, authorityName: name),
            id: d.id.rawValue, title: d.title, definition: d.definition, facts: facts,
            value: text.value(s.latest), period: s.latest?.period.label ?? "not computed yet",
            ragClass: text.ragClass, ragLabel: text.ragLabel,
            direction: text.directionText,
            target: text.targetText,
            targetHref: Site.target(d.id.rawValue), trendChart: IndicatorCharts.trend(s, authority: name, disclosure: disclosure).svg,
            runChart: IndicatorCharts.run(s, points: run, step: step, authority: name, disclosure: disclosure).svg,
            runCaption: "\(step.label): \(run.count) stored figure\(run.count == 1 ? "" : "s")" + (run.last.map { ", the latest \($0.period.label)" } ?? ""),
            periodGroups: periodGroups, hasSelection: selected != nil,
            benchmarkChart: IndicatorCharts.benchmark(s)?.svg, benchmarkFacts: benchmarkFacts(s, text: text),
            rows: Array(rows),
            csvHref: Site.indicatorCSV(d.id.rawValue) + (selected?.period.name.map { "?period=" + Site.query($0) } ?? ""), drillDowns: drill, hasDrillDowns: !drill.isEmpty, suppressed: disclosure.suppresses,
            note: text.note(s.latest), notPublished: s.published != nil ? nil
                : source == nil ? "DfE does not publish this indicator. " + d.noPublishedFigureReason
                : "DfE publishes this indicator (\(source?.label ?? "")), but the statistics Hearth holds have no figure for \(name).")
    }

    /// Every year with a computed or a published figure, ascending.
    private func benchmarkFacts(_ s: IndicatorSummary, text: IndicatorText) -> [Fact] {
        guard let p = s.published else { return [] }
        var out = [Fact(key: "Published year", value: IndicatorText.yearLabel(p.year))]
        if let rank = p.rankText { out.append(Fact(key: "Rank", value: rank)) }
        if let quartile = p.quartileText { out.append(Fact(key: "Quartile", value: quartile)) }
        if let m = p.neighbourMedian { out.append(Fact(key: "Neighbours' median", value: "\(text.plain(m)) (\(p.neighboursWithData) of 10 with a figure)")) }
        out.append(Fact(key: "Basis", value: p.basis))
        return out
    }

    /// The figures table as CSV, always suppressed: a download can leave the authority.
    static func csv(_ s: IndicatorSummary, selected: IndicatorSnapshot? = nil) -> String {
        let text = IndicatorText(summary: s, disclosure: .aggregate)
        var lines = ["indicator,period,value,numerator,denominator,published_value,england"]
        // The period chosen on the page first, then the years.
        if let snap = selected {
            let terms = text.terms(snap)
            lines.append([s.definition.id.rawValue, snap.period.label, text.value(snap), terms.numerator, terms.denominator, "", ""]
                .map(CSVWriter.field).joined(separator: ","))
        }
        for year in IndicatorCharts.years(s) {
            let snap = s.history.first { $0.period.end.year == year }
            let published: String = s.published?.series.first { $0.year == year }?.value.description ?? ""
            let value: String = snap.map { text.value($0) } ?? ""
            let terms = snap.map(text.terms)
            let numerator: String = terms?.numerator ?? ""
            let denominator: String = terms?.denominator ?? ""
            let england: String = s.englandByYear[year].map { IndicatorFormat.number(($0 * 10).rounded() / 10) } ?? ""
            let cells: [String] = [s.definition.id.rawValue, IndicatorText.yearLabel(year), value, numerator, denominator, published, england]
            lines.append(cells.map(CSVWriter.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import HearthCore
import HearthStore
import HearthData
import HearthIndicators
import HearthReports

/// The two charts of an indicator, the same on its page and in the board pack: the trend by year
/// (computed, published, England, target) and the bars against the statistical neighbours.
public enum IndicatorCharts {
    /// Every year with a figure of any kind, oldest first.
    public static func years(_ s: IndicatorSummary) -> [Int] {
        Array(Set(s.history.map(\.period.end.year) + (s.published?.series.map(\.year) ?? []) + s.englandByYear.keys)).sorted()
    }

    /// Hearth's computed values by year, nil where there is none or where the audience may not
    /// see it: a withheld figure is no point, so neither the line nor the chart's text holds it.
    public static func computed(_ s: IndicatorSummary, years: [Int], disclosure: Disclosure) -> [Double?] {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        return disclosure.points(years.map { y in text.figure(s.history.first { $0.period.end.year == y }) })
    }

    /// The chart of everything held of an indicator: the yearly trend, or for a local measure
    /// (whose values are of months or quarters, not years) the run of its values.
    public static func history(_ s: IndicatorSummary, authority: String, disclosure: Disclosure) -> TrendChart {
        guard s.definition.source == .local else { return trend(s, authority: authority, disclosure: disclosure) }
        let step: SeriesStep = switch s.latest?.period.kind {
        case .month: .month
        case .quarter: .quarter
        default: .year
        }
        return run(s, points: s.history, step: step, authority: authority, disclosure: disclosure)
    }

    public static func trend(_ s: IndicatorSummary, authority: String, disclosure: Disclosure) -> TrendChart {
        let years = years(s)
        var series = [TrendChart.Series(name: "\(authority) (Hearth, from your returns)", values: computed(s, years: years, disclosure: disclosure), style: .primary)]
        if let published = s.published {
            series.append(.init(name: "\(authority) (DfE published)", values: years.map { y in published.series.first { $0.year == y }?.value.number },
                                style: .secondary))
        }
        if !s.englandByYear.isEmpty {
            series.append(.init(name: "England", values: years.map { s.englandByYear[$0] }, style: .comparison))
        }
        return TrendChart(title: "\(s.definition.title) by year", labels: years.map(IndicatorText.yearLabel), series: series,
                          target: s.target?.target, format: { IndicatorFormat.value($0, s.definition) })
    }

    /// The run chart: one point per stored period of `step` (each month by default), DfE's
    /// published figure and England's at each 31 March among them, and the target. A point the
    /// audience may not see is no point, in the line and in the chart's text alike.
    public static func run(_ s: IndicatorSummary, points: [IndicatorSnapshot], step: SeriesStep, authority: String,
                           disclosure: Disclosure) -> TrendChart {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let ends = points.map(\.period.end)
        // An annual figure sits at its year's 31 March, when the run has that month-end.
        func atYearEnds(_ value: (Int) -> Double?) -> [Double?] {
            ends.map { end in end.components.month == 3 && end.components.day == 31 ? value(end.year) : nil }
        }
        var series = [TrendChart.Series(name: "\(authority) (Hearth, \(step.label.lowercased()))",
                                        values: disclosure.points(points.map { text.figure($0) }), style: .primary)]
        if let published = s.published {
            series.append(.init(name: "\(authority) (DfE published, by year)",
                                values: atYearEnds { y in published.series.first { $0.year == y }?.value.number }, style: .secondary))
        }
        if !s.englandByYear.isEmpty {
            series.append(.init(name: "England (by year)", values: atYearEnds { s.englandByYear[$0] }, style: .comparison))
        }
        return TrendChart(title: "\(s.definition.title): \(step.label.lowercased())", labels: points.map { step == .rolling || step == .month ? $0.period.monthLabel : $0.period.axisLabel },
                          series: series, target: s.target?.target, format: { IndicatorFormat.value($0, s.definition) })
    }

    public static func benchmark(_ s: IndicatorSummary) -> BarChart? {
        guard let p = s.published else { return nil }
        func bar(_ label: String, _ v: PublishedValue, _ kind: BarChart.Bar.Kind) -> BarChart.Bar {
            BarChart.Bar(label: label, value: v.number, missing: v == .suppressed ? "c (suppressed)" : "not published", kind: kind)
        }
        var bars = [bar(p.authority.name, p.authority.value, .highlight)]
        bars.append(BarChart.Bar(label: "Statistical neighbours (mean)", value: p.neighbourMean, kind: .average))
        bars.append(bar(p.region.name, p.region.value, .average))
        bars.append(bar("England", p.england, .average))
        bars += p.neighbours.map { bar($0.name, $0.value, .other) }
        return BarChart(title: "\(s.definition.title), \(IndicatorText.yearLabel(p.year)): \(p.authority.name) beside its statistical neighbours",
                        bars: bars, format: { IndicatorFormat.value($0, s.definition) })
    }
}

import Testing
@testable import HearthReports

@Suite struct ChartTests {
    @Test func sparklineNeedsTwoKnownValues() {
        #expect(Sparkline(values: [nil, 3], label: "x").svg.isEmpty)
        let svg = Sparkline(values: [1, nil, 3], label: "x").svg
        #expect(svg.contains("<polyline") && svg.contains("role=\"img\""))
    }

    @Test func labelsAreEscapedAndNoStyleAttributesAreUsed() {
        let chart = BarChart(title: "A & B <c>", bars: [.init(label: "St Helen's <x>", value: 4, kind: .highlight),
                                                         .init(label: "Wirral", value: nil, missing: "c (suppressed)", kind: .other)],
                             format: { "\($0)" })
        let svg = chart.svg
        #expect(svg.contains("A &amp; B &lt;c&gt;"))
        #expect(svg.contains("St Helen&#39;s &lt;x&gt;"))
        #expect(svg.contains("c (suppressed)"))
        #expect(!svg.contains("style="))
    }

    @Test func axisBoundsAreRoundNumbersCoveringTheValues() {
        let a = SVG.axis(low: 0, high: 87.3)
        #expect(a.low == 0 && a.high >= 87.3 && a.step == 25)
        let b = SVG.axis(low: 5, high: 5)
        #expect(b.low <= 4 && b.high >= 6)
    }

    @Test func trendChartDescribesEverySeriesForScreenReaders() {
        let chart = TrendChart(title: "Re-referrals", labels: ["2023-24", "2024-25"],
                               series: [.init(name: "Halton", values: [20, 19], style: .primary),
                                        .init(name: "England", values: [22, nil], style: .comparison)],
                               target: 21, format: { String(format: "%.1f%%", $0) })
        let svg = chart.svg
        #expect(svg.contains("Halton: 2023-24 20.0%, 2024-25 19.0%; England: 2023-24 22.0%, 2024-25 no figure; target 21.0%"))
        #expect(TrendChart(title: "t", labels: [], series: [], target: nil, format: { "\($0)" }).svg.contains("No figures yet"))
    }

    @Test func suppressedValuesShowAsC() {
        #expect(IndicatorFormat.value(40, numerator: 2, denominator: 5, unit: .percent, suppress: true) == "c")
        #expect(IndicatorFormat.value(40, numerator: 2, denominator: 5, unit: .percent, suppress: false) == "40.0%")
        #expect(IndicatorFormat.value(12.5, numerator: 40, denominator: 32_000, unit: .per10k, suppress: true) == "12.5")
        #expect(IndicatorFormat.count(0, suppress: true) == "0")
    }

    @Test func chartLabelsDropControlCharactersAndKeepOrdinaryText() {
        let svg = BarChart(title: "Caseloads", bars: [.init(label: "Team\u{1} A", value: 4, kind: .highlight),
                                                      .init(label: "Team B (North)", value: 5, kind: .other)],
                           format: { "\($0)" }).svg
        #expect(svg.contains(">Team A</text>") && svg.contains(">Team B (North)</text>"))
    }

    @Test func aLegendTooWideForOneLineWrapsAndKeepsEveryNameWhole() {
        // Given four long series names and a target: some 150 characters, at about 6.5 units a
        // character far more than the 640 units of the chart's width
        let names = ["Halton (Hearth, twelve months to each month-end)", "Halton (DfE published, by year)", "England (by year)", "Statistical neighbours (mean, by year)"]
        let chart = TrendChart(title: "Re-referrals", labels: ["Jan 26", "Feb 26"],
                               series: names.map { .init(name: $0, values: [20, 21], style: .primary) }, target: 22, format: { "\($0)%" })
        let svg = chart.svg
        // Then every name and the target are there whole, on more than one line, inside a taller chart
        for name in names + ["Target"] { #expect(svg.contains(">\(name)</text>"), "\(name)") }
        let legendLines = Set(svg.matches(of: /<text x="[0-9.]+" y="([0-9.]+)" font-size="12" fill="#0b0c0c">[A-Z][a-z]/).map { String($0.output.1) })
        #expect(legendLines.count >= 2)
        #expect(!svg.contains("height=\"260\""), "the chart grows to hold the legend's lines")
        // And no legend text starts beyond the right edge
        let starts = svg.matches(of: /<text x="([0-9.]+)" y="[0-9.]+" font-size="12" fill="#0b0c0c">/).compactMap { Double($0.output.1) }
        #expect(starts.allSatisfy { $0 < 640 })
    }
}

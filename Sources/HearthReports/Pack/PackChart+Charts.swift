extension PackChart {
    /// A trend chart with its figures: one row per period, one column per series (and the target).
    public init(trend chart: TrendChart, caption: String? = nil, firstColumn: String = "Year") {
        var header = [firstColumn] + chart.series.map(\.name)
        if chart.target != nil { header.append("Target") }
        let rows: [[PackCell]] = chart.labels.enumerated().map { i, label in
            var row = [PackCell(label)] + chart.series.map { s in
                PackCell(i < s.values.count ? s.values[i].map(chart.format) ?? "–" : "–")
            }
            if let target = chart.target { row.append(PackCell(chart.format(target))) }
            return row
        }
        self.init(caption: caption ?? chart.title, svg: chart.svg,
                  table: PackTable(caption: chart.title, header: header, rows: rows, numericColumns: Set(1..<header.count)))
    }

    /// A bar chart with its figures: one row per area, with the reason where there is no figure.
    public init(bars chart: BarChart, caption: String? = nil) {
        let rows: [[PackCell]] = chart.bars.map { bar in
            [PackCell(bar.label, bold: bar.kind == .highlight), PackCell(bar.value.map(chart.format) ?? bar.missing, bold: bar.kind == .highlight)]
        }
        self.init(caption: caption ?? chart.title, svg: chart.svg,
                  table: PackTable(caption: chart.title, header: ["Area", "Value"], rows: rows, numericColumns: [1]))
    }
}

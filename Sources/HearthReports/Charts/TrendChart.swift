import HearthCore
/// An indicator over periods: one line per series (the authority as computed, as published,
/// England), an optional target line, labelled periods along the bottom.
public struct TrendChart: Sendable {
    public struct Series: Sendable {
        public enum Style: Sendable { case primary, secondary, comparison }
        public let name: String
        /// One value per label; nil where the series has none.
        public let values: [Double?]
        public let style: Style

        public init(name: String, values: [Double?], style: Style) {
            self.name = name
            self.values = values
            self.style = style
        }
    }

    public var title: String
    public var labels: [String]
    public var series: [Series]
    public var target: Double?
    public var format: @Sendable (Double) -> String
    public var width: Double = 640
    public var height: Double = 260

    public init(title: String, labels: [String], series: [Series], target: Double?, format: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.labels = labels
        self.series = series
        self.target = target
        self.format = format
    }

    private static func colour(_ s: Series.Style) -> (stroke: String, dash: String?) {
        switch s {
        case .primary: ("#1d70b8", nil)
        case .secondary: ("#f47738", "6 3")
        case .comparison: ("#505a5f", "2 3")
        }
    }

    public var svg: String {
        let all = series.flatMap { $0.values.compactMap { $0 } } + (target.map { [$0] } ?? [])
        let description = series.map { s in
            s.name + ": " + zip(labels, s.values).map { "\($0) \($1.map(format) ?? "no figure")" }.joined(separator: ", ")
        }.joined(separator: "; ") + (target.map { "; target \(format($0))" } ?? "")
        let legend = legendRows()
        var out = SVG.open(width: width, height: height + Double(legend.count - 1) * 18, title: title, description: description, cssClass: "chart")
        guard let lo = all.min(), let hi = all.max(), !labels.isEmpty else {
            return out + "<text x=\"10\" y=\"30\" class=\"chart-empty\">No figures yet</text></svg>"
        }
        let axis = SVG.axis(low: min(lo, 0), high: hi)
        let left = 56.0, right = 32.0, top = 16.0, bottom = 58.0
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ i: Int) -> Double { labels.count == 1 ? left + plotW / 2 : left + Double(i) * plotW / Double(labels.count - 1) }
        func y(_ v: Double) -> Double { top + (axis.high - v) / (axis.high - axis.low) * plotH }

        var tick = axis.low
        while tick <= axis.high + axis.step / 2 {
            out += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(tick)))\" y2=\"\(SVG.n(y(tick)))\" stroke=\"#e5e6e7\"/>"
            out += "<text x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y(tick) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#505a5f\">\(MarkupText.escape(format(tick)))</text>"
            tick += axis.step
        }
        // Every k-th label when they would collide, always the latest.
        let every = max(1, Int((48.0 / max(plotW / Double(max(labels.count - 1, 1)), 1)).rounded(.up)))
        for (i, label) in labels.enumerated() where (labels.count - 1 - i) % every == 0 {
            out += "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(height - bottom + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">\(MarkupText.escape(label))</text>"
        }
        if let target {
            out += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(target)))\" y2=\"\(SVG.n(y(target)))\" stroke=\"#00703c\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>"
        }
        for s in series {
            let (stroke, dash) = Self.colour(s.style)
            let points = s.values.enumerated().compactMap { i, v in v.map { (x(i), y($0)) } }
            if points.count >= 2 {
                out += "<polyline points=\"\(points.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
            }
            for p in points {
                out += "<circle cx=\"\(SVG.n(p.0))\" cy=\"\(SVG.n(p.1))\" r=\"4\" fill=\"\(stroke)\"/>"
            }
        }
        // Legend along the bottom: swatch and name for each series, then the target; a name that
        // would run off the right edge starts a new line.
        for (row, items) in legend.enumerated() {
            let ly = height - 14 + Double(row) * 18
            for item in items {
                out += "<line x1=\"\(SVG.n(item.x))\" x2=\"\(SVG.n(item.x + 22))\" y1=\"\(SVG.n(ly - 4))\" y2=\"\(SVG.n(ly - 4))\" stroke=\"\(item.stroke)\" stroke-width=\"\(item.strokeWidth)\"\(item.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
                out += "<text x=\"\(SVG.n(item.x + 28))\" y=\"\(SVG.n(ly))\" font-size=\"12\" fill=\"#0b0c0c\">\(MarkupText.escape(item.name))</text>"
            }
        }
        return out + "</svg>"
    }

    private struct LegendItem {
        let name: String, stroke: String, dash: String?, strokeWidth: String
        var x = 0.0
    }

    /// The legend's items placed on lines: each swatch and name where it fits, a new line when
    /// the next would pass the right edge (names are measured at about 6.5 units a character).
    private func legendRows() -> [[LegendItem]] {
        var items = series.map { s in
            let (stroke, dash) = Self.colour(s.style)
            return LegendItem(name: s.name, stroke: stroke, dash: dash, strokeWidth: "2.5")
        }
        if target != nil { items.append(LegendItem(name: "Target", stroke: "#00703c", dash: "8 4", strokeWidth: "1.5")) }
        let start = 56.0
        var rows: [[LegendItem]] = [[]]
        var x = start
        for var item in items {
            let w = 40 + Double(item.name.count) * 6.5
            if x + w - 12 > width, !(rows.last?.isEmpty ?? true) {
                rows.append([])
                x = start
            }
            item.x = x
            rows[rows.count - 1].append(item)
            x += w
        }
        return rows
    }
}

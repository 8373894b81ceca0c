import HearthCore
/// Horizontal bars comparing one figure across areas: the authority, its statistical
/// neighbours, the region and England. Areas without a figure are listed with the reason.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public enum Kind: Sendable { case highlight, average, other }
        public let label: String
        public let value: Double?
        /// What to write when there is no value ("c", "not published").
        public let missing: String
        public let kind: Kind

        public init(label: String, value: Double?, missing: String = "no figure", kind: Kind) {
            self.label = label
            self.value = value
            self.missing = missing
            self.kind = kind
        }
    }

    public var title: String
    public var bars: [Bar]
    public var format: @Sendable (Double) -> String
    public var width: Double = 640

    public init(title: String, bars: [Bar], format: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.bars = bars
        self.format = format
    }

    public var svg: String {
        let rowH = 24.0, top = 8.0, labelW = 210.0, valueW = 70.0
        let height = top * 2 + rowH * Double(bars.count)
        let description = bars.map { "\($0.label): \($0.value.map(format) ?? $0.missing)" }.joined(separator: "; ")
        var out = SVG.open(width: width, height: height, title: title, description: description, cssClass: "chart")
        let high = max(bars.compactMap(\.value).max() ?? 1, 0.000_001)
        let axis = SVG.axis(low: 0, high: high)
        let plotW = width - labelW - valueW
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowH
            let weight = bar.kind == .other ? "normal" : "bold"
            out += "<text x=\"\(SVG.n(labelW - 8))\" y=\"\(SVG.n(y + 16))\" text-anchor=\"end\" font-size=\"13\" font-weight=\"\(weight)\" fill=\"#0b0c0c\">\(MarkupText.escape(bar.label))</text>"
            if let v = bar.value {
                let w = max(v, 0) / axis.high * plotW
                let fill = switch bar.kind { case .highlight: "#1d70b8"; case .average: "#505a5f"; case .other: "#b1b4b6" }
                out += "<rect x=\"\(SVG.n(labelW))\" y=\"\(SVG.n(y + 3))\" width=\"\(SVG.n(w))\" height=\"\(SVG.n(rowH - 6))\" fill=\"\(fill)\"/>"
                out += "<text x=\"\(SVG.n(labelW + w + 6))\" y=\"\(SVG.n(y + 16))\" font-size=\"13\" fill=\"#0b0c0c\">\(MarkupText.escape(format(v)))</text>"
            } else {
                out += "<text x=\"\(SVG.n(labelW + 6))\" y=\"\(SVG.n(y + 16))\" font-size=\"13\" fill=\"#505a5f\">\(MarkupText.escape(bar.missing))</text>"
            }
        }
        return out + "</svg>"
    }
}

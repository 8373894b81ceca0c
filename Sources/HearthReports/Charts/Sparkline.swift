/// A word-sized line of an indicator's recent values, for the overview tiles.
public struct Sparkline: Sendable {
    public var values: [Double?]
    public var width: Double = 96
    public var height: Double = 28
    public var label: String

    public init(values: [Double?], label: String) {
        self.values = values
        self.label = label
    }

    /// Nothing when fewer than two values are known: a line needs two points.
    public var svg: String {
        let known = values.enumerated().compactMap { i, v in v.map { (i, $0) } }
        guard known.count >= 2, let lo = known.map(\.1).min(), let hi = known.map(\.1).max() else { return "" }
        let pad = 3.0
        let span = hi - lo == 0 ? 1 : hi - lo
        let step = (width - 2 * pad) / Double(max(values.count - 1, 1))
        func point(_ i: Int, _ v: Double) -> String {
            let y = hi - lo == 0 ? height / 2 : pad + (hi - v) / span * (height - 2 * pad)
            return "\(SVG.n(pad + Double(i) * step)),\(SVG.n(y))"
        }
        let path = known.map { point($0.0, $0.1) }.joined(separator: " ")
        let last = known[known.count - 1]
        let end = point(last.0, last.1).split(separator: ",")
        return SVG.open(width: width, height: height, title: label, description: "Values: " + values.map { $0.map { SVG.n($0) } ?? "none" }.joined(separator: ", "), cssClass: "sparkline")
            + "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" stroke-linejoin=\"round\"/>"
            + "<circle cx=\"\(end[0])\" cy=\"\(end[1])\" r=\"2.5\" fill=\"#1d70b8\"/></svg>"
    }
}

import HearthData
import HearthIndicators
import HearthReports

/// One indicator as every front end states it: the figure of record, from the frozen snapshots
/// (`IndicatorService`), so the command line, the overview, the indicator page, the API and the
/// board pack print the same value, RAG and direction. Where DfE publishes the same measure for
/// the same year, its figure stands beside Hearth's, labelled, never in its place.
public struct IndicatorFigure: Sendable, Encodable {
    public struct Earlier: Sendable, Encodable {
        public let period: String
        /// As shown ("c" when suppressed, "–" when there is none).
        public let value: String
        public let note: String?
    }

    public let id: String
    public let title: String
    /// The latest period computed.
    public let period: String?
    /// Hearth's figure, from the authority's returns, as shown ("c", "–" or the rounded value).
    public let value: String
    public let numerator: String?
    public let denominator: String?
    public let target: String?
    public let rag: String
    public let direction: String
    /// Why there is no value, when there is none ("not enough history: …").
    public let note: String?
    /// DfE's published figure for the authority in the same year, when published.
    public let published: String?
    /// Every earlier period computed, oldest first.
    public let earlier: [Earlier]

    init(_ s: IndicatorSummary, suppress: Bool) {
        let text = IndicatorText(summary: s, suppress: suppress)
        let d = s.definition
        id = d.id
        title = d.title
        period = s.latest?.period.label
        value = text.value(s.latest)
        numerator = s.latest.map { text.count($0.numerator) }
        denominator = s.latest.map { d.unit == .per10k ? "population \(IndicatorFormat.number($0.denominator))" : text.count($0.denominator) }
        target = s.target.map { text.plain($0.target) }
        rag = s.latest?.value == nil ? "no figure" : s.rag.label
        direction = text.directionText
        note = s.latest?.note
        published = s.latest.flatMap { snap in
            s.published?.series.first { $0.year == snap.period.end.year }.map { IndicatorText.publishedText($0.value, d.unit) }
        }
        earlier = s.history.dropLast().map { Earlier(period: $0.period.label, value: text.value($0), note: $0.note) }
    }
}

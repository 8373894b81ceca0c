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

    public let id: IndicatorID
    public let title: String
    /// The latest period computed.
    public let period: String?
    /// Hearth's figure, from the authority's returns, as shown ("c", "–" or the rounded value).
    public let value: String
    public let numerator: String?
    public let denominator: String?
    public let target: String?
    public let rag: String
    /// The direction of travel's code (improving, declining, stable, n/a), or "c" when withheld.
    public let direction: String
    /// The direction as pages word it ("Getting worse").
    public let directionText: String
    /// Why there is no value, when there is none ("not enough history: …").
    public let note: String?
    /// DfE's published figure for the authority in the same year, when published.
    public let published: String?
    /// Every earlier period computed, oldest first.
    public let earlier: [Earlier]

    public init(_ s: IndicatorSummary, disclosure: Disclosure) {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let d = s.definition
        id = d.id
        title = d.title
        period = s.latest?.period.label
        value = text.value(s.latest)
        let terms = s.latest.map(text.terms)
        numerator = terms?.numerator
        denominator = terms.map { d.unit == .per10k ? "population \($0.denominator)" : $0.denominator }
        target = s.target.map { text.plain($0.target) }
        rag = text.ragLabel
        direction = text.direction.text(\.rawValue)
        directionText = text.directionText
        note = text.note(s.latest)
        published = s.latest.flatMap { snap in
            s.published?.series.first { $0.year == snap.period.end.year }.map { IndicatorText.publishedText($0.value, d) }
        }
        earlier = s.history.dropLast().map { Earlier(period: $0.period.label, value: text.value($0), note: $0.note) }
    }
}

import HearthData
import HearthIndicators
import HearthReports

/// One indicator as every front end states it: the figure of record, from the frozen snapshots
/// (`IndicatorService`), so the command line, the overview, the indicator page, the API and the
/// board pack print the same value, RAG and direction. Where DfE publishes the same measure for
/// the same year, its figure stands beside Hearth's, labelled, never in its place.
///
/// In JSON every number is a number (`value`, `numerator`, `denominator`, `target`, `published`),
/// null where there is none or it is withheld, beside `shown`, the text every page writes.
public struct IndicatorFigure: Sendable, Encodable {
    public struct Earlier: Sendable, Encodable {
        public let period: String
        /// As shown ("c" when suppressed, "–" when there is none).
        public let value: String
        /// The number shown, nil when there is none or it is withheld.
        public let number: Double?
        public let note: String?

        private enum CodingKeys: String, CodingKey { case period, value, shown, note }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(period, forKey: .period)
            try c.encode(number, forKey: .value)
            try c.encode(value, forKey: .shown)
            try c.encodeIfPresent(note, forKey: .note)
        }
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
    /// The numbers behind the texts above, nil where there is none or it is withheld.
    public let numbers: Numbers

    public struct Numbers: Sendable {
        public let value: Double?
        public let numerator: Double?
        public let denominator: Double?
        public let target: Double?
        public let published: Double?
    }

    public init(_ s: IndicatorSummary, disclosure: Disclosure) {
        let disclosure = disclosure.about(s.definition)
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
        earlier = s.history.dropLast().map { Earlier(period: $0.period.label, value: text.value($0), number: text.figure($0)?.shown, note: $0.note) }
        let counts = s.latest.map { disclosure.terms(numerator: $0.numerator, denominator: $0.denominator, unit: d.unit) }
        numbers = Numbers(
            value: text.figure(s.latest)?.shown, numerator: counts?.numerator.shown,
            // A rate's denominator is the population, never withheld.
            denominator: d.unit == .per10k ? s.latest?.denominator : counts?.denominator.shown,
            target: s.target?.target,
            published: s.latest.flatMap { snap in s.published?.series.first { $0.year == snap.period.end.year }?.value.number })
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, period, value, shown, numerator, denominator, target, rag, direction, directionText, note
        case published, publishedShown, earlier
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(numbers.value, forKey: .value)
        try c.encode(value, forKey: .shown)
        try c.encode(numbers.numerator, forKey: .numerator)
        try c.encode(numbers.denominator, forKey: .denominator)
        try c.encode(numbers.target, forKey: .target)
        try c.encode(rag, forKey: .rag)
        try c.encode(direction, forKey: .direction)
        try c.encode(directionText, forKey: .directionText)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(numbers.published, forKey: .published)
        // DfE's symbol (c, x, z, k, u) or figure as written, when the number alone cannot say it.
        try c.encodeIfPresent(published, forKey: .publishedShown)
        try c.encode(earlier, forKey: .earlier)
    }
}

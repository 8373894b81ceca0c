/// What an indicator is: everything a reader needs to interpret its number, and every fact
/// Hearth holds about it — where DfE publishes it, England's default figure, the part of the
/// pack that shows it, whether it heads the improvement journey. The one registry of an
/// indicator: nothing else keys a fact of an indicator by its id.
public struct IndicatorDefinition: Sendable, Hashable, Encodable, Identifiable {
    public enum PeriodKind: String, Sendable, Codable {
        /// Events in the period (referrals received in the year).
        case inYear = "in-year"
        /// A count at the period's end (children looked after at 31 March).
        case snapshot
        /// Any 12 months ending on a date.
        case rolling
        /// A 3-year rolling average (adoption timeliness).
        case threeYear = "3-year"
    }

    public enum Unit: String, Sendable, Codable {
        case percent = "%"
        case per10k = "per 10,000"
        case days
        case count
        case fte = "FTE"
        /// Cases per case-holding FTE (the workforce caseload).
        case perFTE = "per FTE"
        /// A local measure's own units: pounds, a survey score, a rate it defines.
        case money = "£"
        case score
        case rate
        /// Years of service (the workforce's average length of service).
        case years

        /// The decimal places a figure in this unit is shown to unless DfE publishes the
        /// measure at other ones: percentages and rates to one place (as DfE publishes the CIN
        /// measures and rates per 10,000), days and counts whole.
        public var defaultDecimalPlaces: Int {
            switch self {
            case .percent, .per10k, .fte, .perFTE, .score, .rate, .years: 1
            case .days, .count, .money: 0
            }
        }
    }

    public enum Polarity: String, Sendable, Codable {
        /// Higher is better.
        case high
        /// Lower is better.
        case low
        /// Neither: read with its context (rates of demand).
        case context
    }

    public enum DayType: String, Sendable, Codable {
        case working, calendar, none
    }

    public enum Source: String, Sendable, Codable {
        case cinCensus = "CIN census"
        case ssda903 = "SSDA903"
        case annexA = "Annex A"
        case workforce = "Workforce census"
        /// Entered in Hearth by the performance team (`LocalMeasure`).
        case local = "Local measure"
    }

    public let id: IndicatorID
    public let title: String
    public let definition: String
    public let numerator: String
    public let denominator: String
    public let periodKind: PeriodKind
    public let unit: Unit
    public let polarity: Polarity
    public let dayType: DayType
    public let source: Source
    /// The part of the board's reading (and of the pack) the indicator belongs to.
    public let area: IndicatorArea
    /// Where DfE publishes the figure Hearth compares it with — an Explore Education Statistics
    /// column or a LAIT measure — or nil when DfE publishes none in the statistics Hearth holds.
    public let published: BenchmarkSource?
    /// Why DfE publishes no figure to set beside it (checked against LAIT's data dictionary and
    /// the EES files Hearth ships), for an indicator with no `published` source.
    public let notPublishedBecause: String?
    /// England's figure where DfE publishes it only outside the files Hearth ships (the CIN
    /// census's timeliness tables), year to 31 March `NationalFigures.year`: a default target
    /// when no shipped file gives England's value.
    public let englandDefault: Double?
    /// One of the indicators boards and Ofsted read first: the improvement journey shows its trend.
    public let isHeadline: Bool
    /// How many months before the period's start the returns held must reach for the figure to
    /// be a fact rather than a guess (0 for most): a measure that looks back — to when a
    /// placement began, to a plan that ended earlier — computed from returns that begin later
    /// has no value and says "not enough history", so no trend point or direction is built on it.
    public let historyMonths: Int
    /// The decimal places DfE publishes the measure at, to which every displayed figure of it is
    /// rounded (half away from zero, `PublishedRounding`): whole percentages for the children
    /// looked after and care leaver measures, as DfE's CLA statistics and LAIT give them.
    public let decimalPlaces: Int
    /// Whether its figures are made of counts of children, so the aggregate audience sees "c"
    /// for 1 to 5 (`Disclosure.about`): every measure of the returns; a local measure only when
    /// its owner says so (a staff survey's percentage counts staff, not children).
    public let countsChildren: Bool
    /// Whether board members, viewers and secretaries see it (pages, API, pack): every measure of
    /// the returns; a local measure as its owner chose.
    public let boardVisible: Bool

    public init(id: IndicatorID, title: String, definition: String, numerator: String, denominator: String,
                periodKind: PeriodKind, unit: Unit, polarity: Polarity, dayType: DayType = .none,
                source: Source, area: IndicatorArea, published: BenchmarkSource? = nil, notPublishedBecause: String? = nil,
                englandDefault: Double? = nil, headline: Bool = false, historyMonths: Int = 0, decimalPlaces: Int? = nil,
                countsChildren: Bool = true, boardVisible: Bool = true) {
        self.id = id
        self.title = title
        self.definition = definition
        self.numerator = numerator
        self.denominator = denominator
        self.periodKind = periodKind
        self.unit = unit
        self.polarity = polarity
        self.dayType = dayType
        self.source = source
        self.area = area
        self.published = published
        self.notPublishedBecause = notPublishedBecause
        self.englandDefault = englandDefault
        self.isHeadline = headline
        self.historyMonths = historyMonths
        self.decimalPlaces = decimalPlaces ?? unit.defaultDecimalPlaces
        self.countsChildren = countsChildren
        self.boardVisible = boardVisible
    }

    /// Why nothing published stands beside the indicator: its own reason, or a general one.
    public var noPublishedFigureReason: String {
        notPublishedBecause ?? "DfE publishes no figure for this indicator in the statistics Hearth holds."
    }

    /// The fields a JSON reader of `hearth indicators` has always had; `publishedMeasure` names
    /// the published figure as every page and the API do (the source's label).
    private enum CodingKeys: String, CodingKey {
        case id, title, definition, numerator, denominator, periodKind, unit, polarity, dayType, source
        case publishedMeasure, historyMonths, decimalPlaces
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(definition, forKey: .definition)
        try c.encode(numerator, forKey: .numerator)
        try c.encode(denominator, forKey: .denominator)
        try c.encode(periodKind, forKey: .periodKind)
        try c.encode(unit, forKey: .unit)
        try c.encode(polarity, forKey: .polarity)
        try c.encode(dayType, forKey: .dayType)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(published?.label, forKey: .publishedMeasure)
        try c.encode(historyMonths, forKey: .historyMonths)
        try c.encode(decimalPlaces, forKey: .decimalPlaces)
    }
}

/// What an indicator is: everything a reader needs to interpret its number.
public struct IndicatorDefinition: Sendable, Hashable, Codable, Identifiable {
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

        /// The decimal places a figure in this unit is shown to unless DfE publishes the
        /// measure at other ones: percentages and rates to one place (as DfE publishes the CIN
        /// measures and rates per 10,000), days and counts whole.
        public var defaultDecimalPlaces: Int {
            switch self {
            case .percent, .per10k, .fte: 1
            case .days, .count: 0
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
    }

    public let id: String
    public let title: String
    public let definition: String
    public let numerator: String
    public let denominator: String
    public let periodKind: PeriodKind
    public let unit: Unit
    public let polarity: Polarity
    public let dayType: DayType
    public let source: Source
    /// The DfE published measure it corresponds to (file and column), if any.
    public let publishedMeasure: String?
    /// How many months before the period's start the returns held must reach for the figure to
    /// be a fact rather than a guess (0 for most): a measure that looks back — to when a
    /// placement began, to a plan that ended earlier — computed from returns that begin later
    /// has no value and says "not enough history", so no trend point or direction is built on it.
    public let historyMonths: Int
    /// The decimal places DfE publishes the measure at, to which every displayed figure of it is
    /// rounded (half away from zero, `PublishedRounding`): whole percentages for the children
    /// looked after and care leaver measures, as DfE's CLA statistics and LAIT give them.
    public let decimalPlaces: Int

    public init(id: String, title: String, definition: String, numerator: String, denominator: String,
                periodKind: PeriodKind, unit: Unit, polarity: Polarity, dayType: DayType = .none,
                source: Source, publishedMeasure: String? = nil, historyMonths: Int = 0, decimalPlaces: Int? = nil) {
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
        self.publishedMeasure = publishedMeasure
        self.historyMonths = historyMonths
        self.decimalPlaces = decimalPlaces ?? unit.defaultDecimalPlaces
    }
}

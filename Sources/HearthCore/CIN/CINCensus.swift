/// One CIN census return: the XML message DfE collects each year for every child in need episode.
public struct CINCensus: Sendable, Equatable {
    public let header: CINHeader
    public let children: [CINChild]
    /// The first day the census describes completely: 1 April of its reporting year, or of the
    /// year before when an earlier census has been carried into it (`Dataset.continuing`).
    public let coverageStart: Day

    public init(header: CINHeader, children: [CINChild], coverageStart: Day? = nil) {
        self.header = header
        self.children = children
        self.coverageStart = coverageStart ?? Day.reportingYear(endingIn: header.year).start
    }

    /// The day the census describes the children to: 31 March of the collection year for the
    /// statutory return, an earlier day of the same reporting year for an in-year extract a
    /// council's case system writes in the same format (its header's `ReferenceDate`).
    public var referenceDate: Day { header.referenceDate }

    /// Whether this is an in-year extract: its reference date is before the year's 31 March, so
    /// the months after it are not in it (never read as months with nothing in them).
    public var isInYear: Bool { referenceDate < Day.reportingYear(endingIn: header.year).end }
}

/// `Message/Header`: collection details and source.
public struct CINHeader: Sendable, Equatable {
    /// Collection year as DfE numbers it: the year of the 31 March reference date.
    public let year: Int
    public let referenceDate: Day
    /// DfE 3-digit code of the authority (`Source/LEA`).
    public let authorityCode: String
    public let softwareCode: String?
    public let release: String?
    public let serialNumber: String?
    public let dateTime: String?

    public init(year: Int, referenceDate: Day, authorityCode: String, softwareCode: String? = nil,
                release: String? = nil, serialNumber: String? = nil, dateTime: String? = nil) {
        self.year = year
        self.referenceDate = referenceDate
        self.authorityCode = authorityCode
        self.softwareCode = softwareCode
        self.release = release
        self.serialNumber = serialNumber
        self.dateTime = dateTime
    }
}

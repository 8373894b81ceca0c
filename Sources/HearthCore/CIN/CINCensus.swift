/// One CIN census return: the XML message DfE collects each year for every child in need episode.
public struct CINCensus: Sendable, Equatable {
    public let header: CINHeader
    public let children: [CINChild]

    public init(header: CINHeader, children: [CINChild]) {
        self.header = header
        self.children = children
    }

    /// 31 March of the collection year; the census covers the 12 months ending then.
    public var referenceDate: Day { header.referenceDate }
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

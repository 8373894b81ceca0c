/// One year's SSDA903 return: every table, for the year ending 31 March `collectionYear`.
public struct SSDA903Return: Sendable, Equatable {
    public let collectionYear: Int
    public let header: [LookedAfterChild]
    public let episodes: [CareEpisode]
    public let reviews: [CareReview]
    public let uasc: [UASCRecord]
    public let healthOutcomes: [HealthOutcome]
    public let careLeavers: [CareLeaverOutcome]
    public let adoptions: [AdoptionRecord]
    public let placedForAdoption: [PlacedForAdoption]
    public let previousPermanence: [PreviousPermanence]
    public let missing: [MissingEpisode]
    public let socialWorkerEpisodes: [SocialWorkerEpisode]
    /// The last day an in-year extract describes (its tables stop there), or nil for the whole
    /// year's return. Months after it are not in the data: they are never read as empty months.
    public private(set) var dataTo: Day?

    public init(collectionYear: Int, header: [LookedAfterChild] = [], episodes: [CareEpisode] = [],
                reviews: [CareReview] = [], uasc: [UASCRecord] = [], healthOutcomes: [HealthOutcome] = [],
                careLeavers: [CareLeaverOutcome] = [], adoptions: [AdoptionRecord] = [],
                placedForAdoption: [PlacedForAdoption] = [], previousPermanence: [PreviousPermanence] = [],
                missing: [MissingEpisode] = [], socialWorkerEpisodes: [SocialWorkerEpisode] = [], dataTo: Day? = nil) {
        self.collectionYear = collectionYear
        self.header = header
        self.episodes = episodes
        self.reviews = reviews
        self.uasc = uasc
        self.healthOutcomes = healthOutcomes
        self.careLeavers = careLeavers
        self.adoptions = adoptions
        self.placedForAdoption = placedForAdoption
        self.previousPermanence = previousPermanence
        self.missing = missing
        self.socialWorkerEpisodes = socialWorkerEpisodes
        let year = Day.reportingYear(endingIn: collectionYear)
        self.dataTo = dataTo.flatMap { $0 >= year.start && $0 < year.end ? $0 : nil }
    }

    /// The same return, marked as an extract to `day` (nil, the year's end or a day outside the
    /// year: the whole year).
    public func extract(to day: Day?) -> SSDA903Return {
        var copy = self
        copy.dataTo = day.flatMap { $0 >= periodStart && $0 < periodEnd ? $0 : nil }
        return copy
    }

    /// The last day the return describes: its "data to" day, else 31 March.
    public var coverageEnd: Day { dataTo ?? periodEnd }

    /// The latest day any of its tables records (a start, an end, a review, a return …), which is
    /// where an extract taken part-way through the year stops.
    public var latestRecordedDay: Day? {
        var days: [Day?] = []
        days += episodes.flatMap { [$0.startDate, $0.endDate] }
        days += reviews.map(\.reviewDate)
        days += missing.flatMap { [$0.startDate, $0.endDate] }
        days += socialWorkerEpisodes.flatMap { [$0.startDate, $0.endDate] }
        return days.compactMap { $0 }.filter { $0 <= periodEnd }.max()
    }

    /// 1 April of the year before `collectionYear`.
    public var periodStart: Day { Day.reportingYear(endingIn: collectionYear).start }
    /// 31 March of `collectionYear`.
    public var periodEnd: Day { Day.reportingYear(endingIn: collectionYear).end }

    /// Total rows across all tables.
    public var rowCount: Int {
        header.count + episodes.count + reviews.count + uasc.count + healthOutcomes.count
            + careLeavers.count + adoptions.count + placedForAdoption.count + previousPermanence.count
            + missing.count + socialWorkerEpisodes.count
    }
}

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

    public init(collectionYear: Int, header: [LookedAfterChild] = [], episodes: [CareEpisode] = [],
                reviews: [CareReview] = [], uasc: [UASCRecord] = [], healthOutcomes: [HealthOutcome] = [],
                careLeavers: [CareLeaverOutcome] = [], adoptions: [AdoptionRecord] = [],
                placedForAdoption: [PlacedForAdoption] = [], previousPermanence: [PreviousPermanence] = [],
                missing: [MissingEpisode] = [], socialWorkerEpisodes: [SocialWorkerEpisode] = []) {
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

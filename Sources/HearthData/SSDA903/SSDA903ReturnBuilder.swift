import HearthCore

/// Gathers the tables of one collection year into an `SSDA903Return`.
struct SSDA903ReturnBuilder {
    let collectionYear: Int
    private var header: [LookedAfterChild] = []
    private var episodes: [CareEpisode] = []
    private var reviews: [CareReview] = []
    private var uasc: [UASCRecord] = []
    private var oc2: [HealthOutcome] = []
    private var oc3: [CareLeaverOutcome] = []
    private var ad1: [AdoptionRecord] = []
    private var placed: [PlacedForAdoption] = []
    private var prevPerm: [PreviousPermanence] = []
    private var missing: [MissingEpisode] = []
    private var swEpisodes: [SocialWorkerEpisode] = []
    private(set) var isEmpty = true

    init(collectionYear: Int) { self.collectionYear = collectionYear }

    mutating func add(_ rows: SSDA903Rows) {
        isEmpty = false
        switch rows {
        case .header(let r): header += r
        case .episodes(let r): episodes += r
        case .reviews(let r): reviews += r
        case .uasc(let r): uasc += r
        case .oc2(let r): oc2 += r
        case .oc3(let r): oc3 += r
        case .ad1(let r): ad1 += r
        case .placedForAdoption(let r): placed += r
        case .previousPermanence(let r): prevPerm += r
        case .missing(let r): missing += r
        case .socialWorkerEpisodes(let r): swEpisodes += r
        }
    }

    func build() -> SSDA903Return {
        SSDA903Return(collectionYear: collectionYear, header: header, episodes: episodes, reviews: reviews,
                      uasc: uasc, healthOutcomes: oc2, careLeavers: oc3, adoptions: ad1,
                      placedForAdoption: placed, previousPermanence: prevPerm, missing: missing,
                      socialWorkerEpisodes: swEpisodes)
    }
}

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
        case .header(let r): join(&header, r)
        case .episodes(let r): join(&episodes, r)
        case .reviews(let r): join(&reviews, r)
        case .uasc(let r): join(&uasc, r)
        case .oc2(let r): join(&oc2, r)
        case .oc3(let r): join(&oc3, r)
        case .ad1(let r): join(&ad1, r)
        case .placedForAdoption(let r): join(&placed, r)
        case .previousPermanence(let r): join(&prevPerm, r)
        case .missing(let r): join(&missing, r)
        case .socialWorkerEpisodes(let r): join(&swEpisodes, r)
        }
    }

    /// Takes the first file's rows as they are (no copy); appends any later ones.
    private func join<Row>(_ rows: inout [Row], _ more: [Row]) {
        if rows.isEmpty { rows = more } else { rows += more }
    }

    func build() -> SSDA903Return {
        SSDA903Return(collectionYear: collectionYear, header: header, episodes: episodes, reviews: reviews,
                      uasc: uasc, healthOutcomes: oc2, careLeavers: oc3, adoptions: ad1,
                      placedForAdoption: placed, previousPermanence: prevPerm, missing: missing,
                      socialWorkerEpisodes: swEpisodes)
    }
}

import HearthCore

/// The typed rows of one SSDA903 table file.
public enum SSDA903Rows: Sendable, Equatable {
    case header([LookedAfterChild])
    case episodes([CareEpisode])
    case reviews([CareReview])
    case uasc([UASCRecord])
    case oc2([HealthOutcome])
    case oc3([CareLeaverOutcome])
    case ad1([AdoptionRecord])
    case placedForAdoption([PlacedForAdoption])
    case previousPermanence([PreviousPermanence])
    case missing([MissingEpisode])
    case socialWorkerEpisodes([SocialWorkerEpisode])

    public var table: SSDA903Table {
        switch self {
        case .header: .header
        case .episodes: .episodes
        case .reviews: .reviews
        case .uasc: .uasc
        case .oc2: .oc2
        case .oc3: .oc3
        case .ad1: .ad1
        case .placedForAdoption: .placedForAdoption
        case .previousPermanence: .previousPermanence
        case .missing: .missing
        case .socialWorkerEpisodes: .socialWorkerEpisodes
        }
    }

    public var count: Int { childIDs.count }

    /// CHILD of every row, in file order.
    public var childIDs: [String] { map { $0.childID } }

    /// Each row's latest event date (see `SSDA903Row.latestEventDate`), blanks left out.
    var eventDates: [Day] { map { $0.latestEventDate }.compactMap { $0 } }

    /// Applies `transform` to every row whatever the table, for the few questions asked of all tables.
    private func map<T>(_ transform: (any SSDA903Row) -> T) -> [T] {
        switch self {
        case .header(let r): r.map(transform)
        case .episodes(let r): r.map(transform)
        case .reviews(let r): r.map(transform)
        case .uasc(let r): r.map(transform)
        case .oc2(let r): r.map(transform)
        case .oc3(let r): r.map(transform)
        case .ad1(let r): r.map(transform)
        case .placedForAdoption(let r): r.map(transform)
        case .previousPermanence(let r): r.map(transform)
        case .missing(let r): r.map(transform)
        case .socialWorkerEpisodes(let r): r.map(transform)
        }
    }
}

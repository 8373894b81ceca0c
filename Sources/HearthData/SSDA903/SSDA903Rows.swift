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

    /// The table the rows belong to.
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

    /// Number of rows.
    public var count: Int {
        switch self {
        case .header(let r): r.count
        case .episodes(let r): r.count
        case .reviews(let r): r.count
        case .uasc(let r): r.count
        case .oc2(let r): r.count
        case .oc3(let r): r.count
        case .ad1(let r): r.count
        case .placedForAdoption(let r): r.count
        case .previousPermanence(let r): r.count
        case .missing(let r): r.count
        case .socialWorkerEpisodes(let r): r.count
        }
    }

    /// CHILD of the row at `index`: for sampling a few rows without listing every ID.
    func childID(at index: Int) -> String {
        switch self {
        case .header(let r): r[index].childID
        case .episodes(let r): r[index].childID
        case .reviews(let r): r[index].childID
        case .uasc(let r): r[index].childID
        case .oc2(let r): r[index].childID
        case .oc3(let r): r[index].childID
        case .ad1(let r): r[index].childID
        case .placedForAdoption(let r): r[index].childID
        case .previousPermanence(let r): r[index].childID
        case .missing(let r): r[index].childID
        case .socialWorkerEpisodes(let r): r[index].childID
        }
    }

    /// Each row's latest event date (see `SSDA903Row.latestEventDate`), blanks left out.
    var eventDates: [Day] {
        switch self {
        case .header(let r): r.compactMap(\.latestEventDate)
        case .episodes(let r): r.compactMap(\.latestEventDate)
        case .reviews(let r): r.compactMap(\.latestEventDate)
        case .uasc(let r): r.compactMap(\.latestEventDate)
        case .oc2(let r): r.compactMap(\.latestEventDate)
        case .oc3(let r): r.compactMap(\.latestEventDate)
        case .ad1(let r): r.compactMap(\.latestEventDate)
        case .placedForAdoption(let r): r.compactMap(\.latestEventDate)
        case .previousPermanence(let r): r.compactMap(\.latestEventDate)
        case .missing(let r): r.compactMap(\.latestEventDate)
        case .socialWorkerEpisodes(let r): r.compactMap(\.latestEventDate)
        }
    }

    /// The rows of a dated table whose latest event falls after the year ending 31 March `year`:
    /// row index, the date and its column. Other tables have none.
    func rowsDated(after year: Int) -> [(index: Int, date: Day, field: String)] {
        switch self {
        case .episodes(let r): Self.dated(r, after: year)
        case .reviews(let r): Self.dated(r, after: year)
        case .missing(let r): Self.dated(r, after: year)
        case .socialWorkerEpisodes(let r): Self.dated(r, after: year)
        case .header, .uasc, .oc2, .oc3, .ad1, .placedForAdoption, .previousPermanence: []
        }
    }

    private static func dated<Row: SSDA903Row>(_ rows: [Row], after year: Int) -> [(index: Int, date: Day, field: String)] {
        rows.indices.compactMap { i in
            guard let date = rows[i].latestEventDate, date.reportingYear > year else { return nil }
            return (i, date, rows[i].latestEventField ?? "")
        }
    }
}

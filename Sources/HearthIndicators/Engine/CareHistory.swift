import HearthCore

/// Every looked-after child's episodes across this year's and last year's SSDA903, de-duplicated
/// (an episode open on 1 April appears in both returns; this year's version wins), sorted by start.
struct CareHistory: Sendable {
    /// Each child's episodes, children in ID order so every measure runs in the same order
    /// whatever order the rows came in (no sorting of results afterwards).
    let episodesByChild: [(child: String, episodes: [CareEpisode])]
    let birthDates: [String: Day]
    let reviewsByChild: [String: [Day]]
    /// When each child's current period of care began, from Annex A list 8 where it is held:
    /// it reaches back beyond the two SSDA903 years.
    let careStartsFromAnnexA: [String: Day]

    init(current: SSDA903Return?, previous: SSDA903Return?, annexA: AnnexA? = nil) {
        var starts: [String: Day] = [:]
        for r in annexA?[.lookedAfter] ?? [] { if let d = r.date { starts[r.id] = max(d, starts[r.id] ?? d) } }
        careStartsFromAnnexA = starts
        let returns = [current, previous].compactMap { $0 }
        episodesByChild = Self.episodesByChild(returns.map(\.episodes))

        var dobs: [String: Day] = [:]
        dobs.reserveCapacity(returns.reduce(0) { $0 + $1.header.count })
        for ret in [previous, current].compactMap({ $0 }) {
            for h in ret.header { if let dob = h.birthDate { dobs[h.childID] = dob } }
        }
        birthDates = dobs

        reviewsByChild = Self.reviewsByChild(returns.map(\.reviews))
    }

    /// Each child's review dates, sorted, each day once: sorted as (child, day) pairs and read
    /// off child by child, one hash per child rather than one per row and three arrays each.
    private static func reviewsByChild(_ tables: [[CareReview]]) -> [String: [Day]] {
        var rows: [(child: String, day: Day)] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        for table in tables {
            for i in table.indices { if let d = table[i].reviewDate { rows.append((table[i].childID, d)) } }
        }
        rows.sort { $0 < $1 }
        var reviews: [String: [Day]] = [:]
        var days: [Day] = []
        var k = 0
        while k < rows.count {
            let child = rows[k].child
            days.removeAll(keepingCapacity: true)
            while k < rows.count, rows[k].child == child {
                if days.last != rows[k].day { days.append(rows[k].day) }
                k += 1
            }
            reviews[child] = Array(days)
        }
        return reviews
    }

    /// Each child's episodes, one per start date (the earliest table's row wins: this year's
    /// version of an episode open on 1 April), sorted by start; children in ID order.
    ///
    /// Rows are sorted by child, table and position rather than hashed into a dictionary of
    /// growing arrays: the tables come in child order, so the sort is mostly a merge, and no
    /// array is made but the ones kept.
    private static func episodesByChild(_ tables: [[CareEpisode]]) -> [(child: String, episodes: [CareEpisode])] {
        var rows: [(child: String, table: Int, row: Int)] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        for (t, table) in tables.enumerated() {
            for i in table.indices where table[i].startDate != nil { rows.append((table[i].childID, t, i)) }
        }
        rows.sort { $0 < $1 }
        var grouped: [(child: String, episodes: [CareEpisode])] = []
        var unique: [CareEpisode] = []
        var k = 0
        while k < rows.count {
            let child = rows[k].child
            unique.removeAll(keepingCapacity: true)
            while k < rows.count, rows[k].child == child {
                let e = tables[rows[k].table][rows[k].row]
                if !unique.contains(where: { $0.startDate == e.startDate }) { unique.append(e) }
                k += 1
            }
            unique.sort { ($0.startDate ?? Day(ordinal: .min)) < ($1.startDate ?? Day(ordinal: .min)) }
            grouped.append((child, Array(unique)))
        }
        return grouped
    }

    /// Whether an episode counts as being looked after (short-break series V3/V4 do not).
    static func isLookedAfter(_ e: CareEpisode) -> Bool {
        !SSDA903Codes.respiteLegalStatuses.contains(e.legalStatus ?? "")
    }

    /// The episode open on `day` (started on or before it, not ended before it), if any.
    /// An episode ending on a day is not open on that day: DfE counts a child looked after at
    /// 31 March when the episode has no end date or ends after it.
    static func episode(openOn day: Day, in episodes: [CareEpisode]) -> CareEpisode? {
        episodes.last { e in
            guard let s = e.startDate, s <= day else { return false }
            return e.endDate.map { $0 > day } ?? true
        }
    }

    /// Whether the episode that started the period of care (RNE S) holding `index` is in the
    /// returns held. When it is not, `periodOfCareStart` is only the latest the period can have
    /// started (two SSDA903 years hold only the episodes open in them).
    static func periodOfCareStartIsHeld(of index: Int, in episodes: [CareEpisode]) -> Bool {
        var i = index
        while i > 0, episodes[i].reasonForNewEpisode != "S",
              let prevEnd = episodes[i - 1].endDate, prevEnd == episodes[i].startDate { i -= 1 }
        return episodes[i].reasonForNewEpisode == "S"
    }

    /// The start of the period of care holding `index`: from the episodes when the one that
    /// began it is held, else from Annex A list 8 when it agrees (on or before the earliest
    /// episode held), else the earliest episode held, the latest the period can have begun.
    func periodOfCareStart(of index: Int, in episodes: [CareEpisode], child: String) -> Day? {
        let fromEpisodes = Self.periodOfCareStart(of: index, in: episodes)
        if Self.periodOfCareStartIsHeld(of: index, in: episodes) { return fromEpisodes }
        if let listed = careStartsFromAnnexA[child], let bound = fromEpisodes, listed <= bound { return listed }
        return fromEpisodes
    }

    /// The start of the period of care that contains `episode`: walking back through episodes
    /// that follow on without a gap until the one that started the period (RNE S).
    static func periodOfCareStart(of index: Int, in episodes: [CareEpisode]) -> Day? {
        var i = index
        while i > 0 {
            let e = episodes[i]
            if e.reasonForNewEpisode == "S" { break }
            guard let prevEnd = episodes[i - 1].endDate, let start = e.startDate, prevEnd == start else { break }
            i -= 1
        }
        return episodes[i].startDate
    }

    /// The start of the placement that contains `episode`: episodes that change only the legal
    /// status (RNE L, U) continue the same placement.
    static func placementStart(of index: Int, in episodes: [CareEpisode]) -> Day? {
        var i = index
        while i > 0, ["L", "U"].contains(episodes[i].reasonForNewEpisode ?? "") {
            guard let prevEnd = episodes[i - 1].endDate, prevEnd == episodes[i].startDate else { break }
            i -= 1
        }
        return episodes[i].startDate
    }
}

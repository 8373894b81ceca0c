import HearthCore

/// Every looked-after child's episodes across this year's and last year's SSDA903 (an episode
/// open on 1 April appears in both returns; this year's view of it is the one kept), sorted by start.
struct CareHistory: Sendable {
    /// Each child's episodes, children in ID order so every measure runs in the same order
    /// whatever order the rows came in (no sorting of results afterwards).
    let episodesByChild: [(child: String, episodes: [CareEpisode])]
    /// What else the measures read of each child, by the child's position in `episodesByChild`
    /// (gathered once here by merging on ID, so no measure hashes a child's ID):
    /// the date of birth, this year's header winning over last year's.
    let birthDates: [Day?]
    /// Review dates, sorted, each day once.
    let reviews: ChildGroups<Day>
    /// The days a missing episode (MISSING = M) started, sorted, each day once.
    let missingStarts: ChildGroups<Day>
    /// When each child's current period of care began, from Annex A list 8 where it is held:
    /// it reaches back beyond the two SSDA903 years.
    let careStartsFromAnnexA: [Day?]
    /// The children with an episode ending in adoption (REC E11, E12) on a known day: the only
    /// ones the adoption measures need to look at.
    let adoptedChildren: [Int]

    init(current: SSDA903Return?, previous: SSDA903Return?, annexA: AnnexA? = nil) {
        let returns = [current, previous].compactMap { $0 }
        let grouped = Self.episodesByChild(current: current?.episodes, previous: previous?.episodes,
                                           currentStart: current?.periodStart)
        episodesByChild = grouped
        // The IDs on their own: reading them through the pairs retained each child's episodes.
        let children = grouped.map(\.child)

        // Annex A: the latest date listed for the child.
        var starts: [(child: String, value: Day)] = []
        for r in annexA?[.lookedAfter] ?? [] { if let d = r.date { starts.append((r.id, d)) } }
        starts.sort { ($0.child, $0.value) < ($1.child, $1.value) }
        let annexStarts = ChildGroups(sortedRows: starts, children: children)
        careStartsFromAnnexA = (0..<grouped.count).map { annexStarts[$0].last }

        // Headers: last year's then this year's, each in row order, the last date given wins.
        var dobs: [(child: String, value: (seq: Int, day: Day))] = []
        dobs.reserveCapacity(returns.reduce(0) { $0 + $1.header.count })
        for ret in [previous, current].compactMap({ $0 }) {
            for h in ret.header { if let dob = h.birthDate { dobs.append((h.childID, (dobs.count, dob))) } }
        }
        // In ID order the tables are mostly sorted already, so this is close to a merge.
        dobs.sort { ($0.child, $0.value.seq) < ($1.child, $1.value.seq) }
        let births = ChildGroups(sortedRows: dobs, children: children)
        birthDates = (0..<grouped.count).map { births[$0].last?.day }

        reviews = Self.uniqueDays(returns.map(\.reviews), children: children) { r in r.reviewDate.map { (r.childID, $0) } }
        missingStarts = Self.uniqueDays(returns.map(\.missing), children: children) { m in
            m.kind == "M" ? m.startDate.map { (m.childID, $0) } : nil
        }
        adoptedChildren = grouped.indices.filter { c in
            grouped[c].episodes.contains { e in
                e.endDate != nil && e.endsInAdoption
            }
        }
    }

    /// Each child's days from the rows of some tables, sorted, each day once; rows giving no
    /// day left out. Sorted as (child, day) pairs and read off child by child.
    private static func uniqueDays<Row>(_ tables: [[Row]], children: some Collection<String>,
                                        _ day: (Row) -> (String, Day)?) -> ChildGroups<Day> {
        var rows: [(child: String, value: Day)] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        for table in tables {
            for i in table.indices { if let (child, d) = day(table[i]) { rows.append((child, d)) } }
        }
        rows.sort { ($0.child, $0.value) < ($1.child, $1.value) }
        var unique: [(child: String, value: Day)] = []
        unique.reserveCapacity(rows.count)
        for row in rows where unique.last.map({ $0.child != row.child || $0.value != row.value }) ?? true {
            unique.append(row)
        }
        return ChildGroups(sortedRows: unique, children: children)
    }

    /// Each child's episodes from this year's return and the part of last year's that this
    /// year's cannot hold, sorted by start; children in ID order.
    ///
    /// An episode is identified by its child, its start and its row, never by its start alone: an
    /// episode that starts and ends on one day (a placement of under 24 hours, a period of care
    /// that began and ended the same day) is followed by another starting that very day, and both
    /// are real. Within a day, an episode that has ended comes before one still open.
    ///
    /// Every episode open on or after this year's 1 April is in this year's return, so for a
    /// child this year's return lists, it is the only view of those episodes: last year's rows
    /// are kept only when they ended before this year began. A row of last year's that is still
    /// open, or ended this year, is last year's view of an episode this year's return reports
    /// afresh — perhaps with a corrected start date, or one `inspect` finds unreadable — and
    /// keeping it would leave a second open episode, counting a child who left care this year as
    /// looked after on 31 March. A child this year's return does not list keeps last year's rows
    /// as they are: there is nothing to replace them with.
    ///
    /// Rows are sorted by child, table and position rather than hashed into a dictionary of
    /// growing arrays: the tables come in child order, so the sort is mostly a merge, and no
    /// array is made but the ones kept.
    private static func episodesByChild(current: [CareEpisode]?, previous: [CareEpisode]?,
                                        currentStart: Day?) -> [(child: String, episodes: [CareEpisode])] {
        let tables = [current ?? [], previous ?? []]
        // The children this year's return lists, whether or not their dates could be read.
        var listed = (current ?? []).map(\.childID)
        listed.sort()
        var rows: [(child: String, table: Int, row: Int)] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        for (t, table) in tables.enumerated() {
            for i in table.indices where table[i].startDate != nil {
                if t == 1, let currentStart, (table[i].endDate.map { $0 >= currentStart } ?? true),
                   listed.containsSorted(table[i].childID) { continue }
                rows.append((table[i].childID, t, i))
            }
        }
        rows.sort { $0 < $1 }
        var grouped: [(child: String, episodes: [CareEpisode])] = []
        // One scratch list of (start, end, table, row), reused for every child: the order in
        // which the child's episodes are copied, each once, straight into the child's own array.
        var order: [(start: Int32, end: Int32, table: Int, row: Int)] = []
        var k = 0
        while k < rows.count {
            let child = rows[k].child
            var end = k + 1
            while end < rows.count, rows[end].child == child { end += 1 }
            order.removeAll(keepingCapacity: true)
            for r in k..<end {
                let e = tables[rows[r].table][rows[r].row]
                order.append((e.startDate?.ordinal ?? .min, e.endDate?.ordinal ?? .max, rows[r].table, rows[r].row))
            }
            // Start, then end (one that ended on the day before one still open), then the table
            // and row put every episode in the order it happened.
            order.sort { $0 < $1 }
            var episodes: [CareEpisode] = []
            episodes.reserveCapacity(order.count)
            for o in order {
                // A row of last year's that this year's return repeats (the same start) is the
                // same episode: this year's view of it is kept.
                if o.table == 1, order.contains(where: { $0.table == 0 && $0.start == o.start }) { continue }
                episodes.append(tables[o.table][o.row])
            }
            grouped.append((child, episodes))
            k = end
        }
        return grouped
    }

    /// Whether an episode counts as being looked after (short-break series V3/V4 do not).
    static func isLookedAfter(_ e: CareEpisode) -> Bool {
        !SSDA903Codes.respiteLegalStatuses.contains(e.legalStatus ?? "")
    }

    /// The position of the episode open on `day` (started on or before it, not ended before it),
    /// if any. An episode ending on a day is not open on that day: DfE counts a child looked
    /// after at 31 March when the episode has no end date or ends after it.
    ///
    /// A position rather than the episode: measures read a field or two of it in place, where a
    /// copy moved the whole episode (a dozen optional fields) for every child.
    static func episodeIndex(openOn day: Day, in episodes: [CareEpisode]) -> Int? {
        episodes.lastIndex { e in
            guard let s = e.startDate, s <= day else { return false }
            return e.endDate.map { $0 > day } ?? true
        }
    }

    /// Whether the episode that started the period of care (RNE S) holding `index` is in the
    /// returns held. When it is not, `periodOfCareStart` is only the latest the period can have
    /// started (two SSDA903 years hold only the episodes open in them).
    static func periodOfCareStartIsHeld(of index: Int, in episodes: [CareEpisode]) -> Bool {
        periodOfCareStartIndex(of: index, in: episodes).map { episodes[$0].reasonForNewEpisode == "S" } ?? false
    }

    /// The start of the period of care holding `index`: from the episodes when the one that
    /// began it is held, else from Annex A list 8 when it agrees (on or before the earliest
    /// episode held), else the earliest episode held, the latest the period can have begun.
    func periodOfCareStart(of index: Int, in episodes: [CareEpisode], child c: Int) -> Day? {
        let fromEpisodes = Self.periodOfCareStart(of: index, in: episodes)
        if Self.periodOfCareStartIsHeld(of: index, in: episodes) { return fromEpisodes }
        if let listed = careStartsFromAnnexA[c], let bound = fromEpisodes, listed <= bound { return listed }
        return fromEpisodes
    }

    /// The start of the period of care that contains `episode`: walking back through episodes
    /// that follow on without a gap until the one that started the period (RNE S).
    static func periodOfCareStart(of index: Int, in episodes: [CareEpisode]) -> Day? {
        periodOfCareStartIndex(of: index, in: episodes).flatMap { episodes[$0].startDate }
    }

    /// The position of the earliest held episode of the period of care holding `index`: every
    /// episode but one that started to be looked after (S) continues the one before it.
    private static func periodOfCareStartIndex(of index: Int, in episodes: [CareEpisode]) -> Int? {
        chainStartIndex(of: index, in: episodes) { $0 != "S" }
    }

    /// The start of the placement that contains `index`, a placement as DfE counts them for
    /// placement moves (LAIT 372): an episode that changes only the legal status (RNE L)
    /// continues the placement; P, T, U and B each begin a new one (T and U with the same
    /// carers, but in a new placement all the same).
    static func placementStart(of index: Int, in episodes: [CareEpisode]) -> Day? {
        chainStart(of: index, in: episodes) { $0 == "L" }
    }

    /// The day the child began living with the carer(s) of the episode at `index`: a change of
    /// legal status only (L), or a change of placement with the same carer(s) (T, U), keeps the
    /// child with the same carers; P and B bring new carers, S a new period of care.
    static func carerStart(of index: Int, in episodes: [CareEpisode]) -> Day? {
        chainStart(of: index, in: episodes) { sameCarerReasons.contains($0) }
    }

    /// RNE codes of an episode that keeps the child with the carer(s) of the episode before.
    static let sameCarerReasons: Set<String> = ["L", "T", "U"]

    /// Walks back from `index` through episodes that follow on without a gap and whose RNE
    /// `continues` the one before; the start of the first.
    private static func chainStart(of index: Int, in episodes: [CareEpisode], continues: (String) -> Bool) -> Day? {
        chainStartIndex(of: index, in: episodes, continues: continues).map { episodes[$0].startDate } ?? nil
    }

    /// The position where the chain holding `index` begins (see `chainStart`).
    static func chainStartIndex(of index: Int, in episodes: [CareEpisode], continues: (String) -> Bool) -> Int? {
        guard episodes.indices.contains(index) else { return nil }
        var i = index
        while i > 0, continues(episodes[i].reasonForNewEpisode ?? "") {
            guard let prevEnd = episodes[i - 1].endDate, prevEnd == episodes[i].startDate else { break }
            i -= 1
        }
        return i
    }
}

extension Array where Element == String {
    /// Whether a sorted array holds `value` (binary search).
    func containsSorted(_ value: String) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == value
    }
}

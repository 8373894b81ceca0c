import HearthCore

/// One year's Episodes condensed to what year assignment asks of each child: were they looked
/// after in the year, and were they looked after all of it. Built in one pass, one hash per row.
struct SSDA903CareIndex {
    private struct Care {
        var earliestStart: Day?
        var openAtYearEnd = false

        mutating func merge(start: Day?, open: Bool) {
            if let start { earliestStart = min(start, earliestStart ?? start) }
            if open { openAtYearEnd = true }
        }

        mutating func merge(_ other: Care) { merge(start: other.earliestStart, open: other.openAtYearEnd) }
    }

    private var children: [String: Care] = [:]
    private let yearStart: Day?

    init(episodes: [CareEpisode], year: Int) {
        yearStart = Day(year: year - 1, month: 4, day: 1)
        let yearEnd = Day(year: year, month: 3, day: 31)
        children.reserveCapacity(episodes.count / 2)
        // Episodes come grouped by child, so a child's run is merged locally and hashed once.
        var current: (child: String, care: Care)?
        // Indexing reads just the three fields; `for e in episodes` copied (and retained) all 13.
        for i in episodes.indices {
            let child = episodes[i].childID
            let open = episodes[i].endDate.map { end in yearEnd.map { end > $0 } ?? false } ?? true
            if current?.child != child {
                if let (child, care) = current { children[child, default: Care()].merge(care) }
                current = (child, Care())
            }
            current?.care.merge(start: episodes[i].startDate, open: open)
        }
        if let (child, care) = current { children[child, default: Care()].merge(care) }
    }

    /// The child had an episode in the year's return.
    func wasLookedAfter(_ child: String) -> Bool { children[child] != nil }

    /// Looked after at the year end and since its start: an approximation, from the episodes, of
    /// the children OC2 covers (continuously looked after for the 12 months to 31 March).
    func wasLookedAfterAllYear(_ child: String) -> Bool {
        guard let care = children[child], care.openAtYearEnd,
              let start = care.earliestStart, let yearStart else { return false }
        return start <= yearStart
    }
}

import HearthCore

/// One year's Episodes condensed to what year assignment asks of each child: were they looked
/// after in the year, and were they looked after all of it. Built in one pass, one hash per row.
struct SSDA903CareIndex {
    private struct Care {
        var earliestStart: Day?
        var openAtYearEnd = false
        var adopted = false

        mutating func merge(start: Day?, open: Bool, adopted: Bool = false) {
            if let start { earliestStart = min(start, earliestStart ?? start) }
            if open { openAtYearEnd = true }
            if adopted { self.adopted = true }
        }

        mutating func merge(_ other: Care) {
            merge(start: other.earliestStart, open: other.openAtYearEnd, adopted: other.adopted)
        }
    }

    private var children: [String: Care] = [:]
    private let yearStart: Day?

    init(episodes: [CareEpisode], year: Int) {
        yearStart = Day(year: year - 1, month: 4, day: 1)
        let yearEnd = Day(year: year, month: 3, day: 31)
        // Room for a child per row: nationally most children have one or two episodes, and
        // half the rows left the dictionary to grow (rehashing every child) once more.
        children.reserveCapacity(episodes.count)
        // Episodes come grouped by child, so a child's run is merged locally and hashed once.
        var current: (child: String, care: Care)?
        // Indexing reads just the three fields; `for e in episodes` copied (and retained) all 13.
        for i in episodes.indices {
            let child = episodes[i].childID
            let end = episodes[i].endDate
            let open = end.map { end in yearEnd.map { end > $0 } ?? false } ?? true
            let adopted = end.map { $0.reportingYear == year } == true
                && episodes[i].endsInAdoption
            if current?.child != child {
                if let (child, care) = current { children[child, default: Care()].merge(care) }
                current = (child, Care())
            }
            current?.care.merge(start: episodes[i].startDate, open: open, adopted: adopted)
        }
        if let (child, care) = current { children[child, default: Care()].merge(care) }
    }

    /// The child had an episode in the year's return.
    func wasLookedAfter(_ child: String) -> Bool { children[child] != nil }

    /// The child's care ended in the year with an adoption (REC E11 or E12).
    func wasAdopted(_ child: String) -> Bool { children[child]?.adopted == true }

    /// Looked after at the year end and since its start: an approximation, from the episodes, of
    /// the children OC2 covers (continuously looked after for the 12 months to 31 March).
    func wasLookedAfterAllYear(_ child: String) -> Bool {
        guard let care = children[child], care.openAtYearEnd,
              let start = care.earliestStart, let yearStart else { return false }
        return start <= yearStart
    }
}

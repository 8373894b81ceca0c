import HearthCore

/// The evidence, within a file, of which collection year it belongs to.
enum SSDA903YearEvidence {
    /// The year a file's dates point to, and how many of its dates fall after that year.
    struct Latest: Sendable, Equatable {
        let year: Int
        let laterDates: Int
    }

    /// The latest reporting year holding a real share of a file's event dates.
    ///
    /// A single mistyped date (2052 for 2025) must not move a whole file into a year of its own,
    /// so a year only counts when at least 1 in 200 of the dates falls in it.
    static func latestYear(of dates: [Day]) -> Latest? {
        let years = dates.map(\.reportingYear)
        guard let first = years.min(), let last = years.max() else { return nil }
        // Years span at most a few decades, so counting in an array beats hashing each date.
        var counts = [Int](repeating: 0, count: last - first + 1)
        for y in years { counts[y - first] += 1 }
        let threshold = max(1, dates.count / 200)
        guard let offset = counts.lastIndex(where: { $0 >= threshold }) else { return nil }
        return Latest(year: first + offset, laterDates: counts[(offset + 1)...].reduce(0, +))
    }

    /// For each collection year, how many of the dates of birth have their 17th to 21st birthday
    /// in that year: the OC3 cohort of a year is exactly those care leavers.
    static func careLeaverYears(of births: [Day]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for dob in births {
            let c = dob.components
            // The 17th birthday falls in the year ending 31 March (birth year + 17) when the
            // birthday is on or before 31 March, else in the next one.
            let first = c.year + 17 + (c.month >= 4 ? 1 : 0)
            for y in first...(first + 4) { counts[y, default: 0] += 1 }
        }
        return counts
    }

    /// The collection year an OC3 file most likely belongs to (latest on a tie).
    static func careLeaverYear(of births: [Day]) -> Int? {
        let counts = careLeaverYears(of: births)
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }
}

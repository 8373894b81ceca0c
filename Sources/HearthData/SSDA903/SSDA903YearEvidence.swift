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
    /// Mistyped dates (2052 for 2025, or 2026) must not move a whole file into a year of their own,
    /// and the rule has to hold for a hand-made file of twenty rows as well as a national one, so a
    /// year counts only when it holds at least 1 in 200 of the dates and at least a quarter as many
    /// as the file's busiest year. A collection year's own events (its reviews, missing episodes,
    /// the episodes that start or end in it) are the bulk of its file, so the year a file belongs
    /// to always passes; dates beyond it are mistypings or the thin edge of an extract taken a few
    /// days into the next year, always far fewer. Under the old 1-in-200 rule alone, one stray date
    /// decided the year of any file under 400 rows. The dates left after the year are reported by
    /// the assembler, row by row.
    static func latestYear(of dates: [Day]) -> Latest? {
        let years = dates.map(\.reportingYear)
        guard let first = years.min(), let last = years.max() else { return nil }
        // Years span at most a few decades, so counting in an array beats hashing each date.
        var counts = [Int](repeating: 0, count: last - first + 1)
        for y in years { counts[y - first] += 1 }
        let busiest = counts.max() ?? 0
        let threshold = max(1, dates.count / 200, (busiest + 3) / 4)
        guard let offset = counts.lastIndex(where: { $0 >= threshold }) else { return nil }
        return Latest(year: first + offset, laterDates: counts[(offset + 1)...].reduce(0, +))
    }

    /// For each collection year, how many of the dates of birth have their 17th to 21st birthday
    /// in that year: the OC3 cohort of a year is exactly those care leavers.
    static func careLeaverYears(of births: [Day]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for dob in births {
            let first = firstCareLeaverYear(born: dob)
            for y in first...(first + 4) { counts[y, default: 0] += 1 }
        }
        return counts
    }

    /// Whether someone born on `dob` is in the OC3 of the year ending 31 March `year`: their
    /// 17th, 18th, 19th, 20th or 21st birthday falls in it.
    static func isCareLeaver(born dob: Day, in year: Int) -> Bool {
        let first = firstCareLeaverYear(born: dob)
        return year >= first && year <= first + 4
    }

    /// The collection year holding the 17th birthday: the year ending 31 March (birth year + 17)
    /// when the birthday is on or before 31 March, else the next one.
    private static func firstCareLeaverYear(born dob: Day) -> Int {
        let c = dob.components
        return c.year + 17 + (c.month >= 4 ? 1 : 0)
    }

    /// The collection year an OC3 file most likely belongs to (latest on a tie).
    static func careLeaverYear(of births: [Day]) -> Int? {
        let counts = careLeaverYears(of: births)
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }
}

/// The ordinal of the first of every month from 1900 to 2099 (a month's length is the gap to the
/// next), so a date read from a return is a table lookup and one comparison: the readers turn
/// tens of millions of dates into `Day`s in a national year, and the days-from-civil arithmetic
/// with its range checks was a noticeable share of reading. Dates outside these years take the
/// arithmetic.
enum DayMonthTable {
    static let firstYear = 1900
    static let years = 200

    /// Built once from `Day(year:month:day:)`, so the two agree by construction. A pointer
    /// rather than an array: no bounds check or reference count on the reading path. Never
    /// freed; it lives as long as the process.
    nonisolated(unsafe) private static let starts: UnsafeMutablePointer<Int32> = {
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: years * 12 + 1)
        for k in 0...(years * 12) {
            let first = Day(year: firstYear + k / 12, month: k % 12 + 1, day: 1)!
            table[k] = first.ordinal
        }
        return table
    }()

    /// The day, nil when `day` is not in the month; `.none` as the outer optional when the year
    /// or month is outside the table (the caller then does the arithmetic).
    @inline(__always)
    static func day(year: Int, month: Int, day: Int) -> Day?? {
        let y = year &- firstYear, m = month &- 1
        guard UInt(bitPattern: y) < UInt(years), UInt(bitPattern: m) < 12 else { return .none }
        let k = y &* 12 &+ m
        let first = starts[k]
        // The month's length is the gap to the next month's first day (slot `years * 12` is
        // January 2100, so December 2099 has one too).
        guard day >= 1, day <= Int(starts[k &+ 1] &- first) else { return .some(nil) }
        return .some(Day(ordinal: first &+ Int32(truncatingIfNeeded: day &- 1)))
    }

    /// Year, month and day of the day numbered `ordinal`, nil outside the table's years.
    @inline(__always)
    static func components(_ ordinal: Int32) -> (year: Int, month: Int, day: Int)? {
        let first = starts[0]
        guard ordinal >= first, ordinal < starts[years * 12] else { return nil }
        // 4,800 months to 146,097 days (one 400-year cycle): the guess is at most a month out.
        var k = min(Int(ordinal &- first) &* 4800 / 146_097, years * 12 - 1)
        while starts[k] > ordinal { k &-= 1 }
        while starts[k &+ 1] <= ordinal { k &+= 1 }
        return (firstYear &+ k / 12, k % 12 &+ 1, Int(ordinal &- starts[k]) &+ 1)
    }
}

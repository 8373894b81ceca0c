/// A calendar date with no time and no time zone: the unit of every date in the statutory returns.
///
/// Stored as a day count from 1970-01-01 so comparisons, differences and hashing are integer
/// operations; the engines compare millions of dates and Foundation's `Date` + `Calendar` is
/// far too slow for that.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// Returns nil for impossible dates such as 31 February.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Days-from-civil (proleptic Gregorian), shifting the year to start in March.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = Int32(era * 146_097 + doe - 719_468)
    }

    /// 1 April and 31 March of the reporting year ending 31 March `endingIn`. A year read from a
    /// file or the store may be anything (0 for a return with no year, 99999 from a typo), so it is
    /// held to 2...9999 first: the period is still a year, ending after it starts, rather than a
    /// trap, and the page that shows it can say the year is not known.
    public static func reportingYear(endingIn: Int) -> (start: Day, end: Day) {
        let year = min(max(endingIn, 2), 9999)
        // Both exist in every year 1...9999, so neither initialiser can fail.
        return (Day(year: year - 1, month: 4, day: 1) ?? Day(ordinal: 0), Day(year: year, month: 3, day: 31) ?? Day(ordinal: 0))
    }

    public var components: (year: Int, month: Int, day: Int) {
        // The engines and readers ask this of millions of dates: a table lookup for 1900–2099.
        if let fromTable = DayMonthTable.components(ordinal) { return fromTable }
        return civilComponents
    }

    /// Civil-from-days (proleptic Gregorian), for any day.
    var civilComponents: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    /// 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday.
    public var isoWeekday: Int {
        let r = (Int(ordinal) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// Never traps: a count of days read from a file or a URL can be anything, so it is held to
    /// ±4 million (some 11,000 years), well inside what the ordinal can carry.
    public func adding(days: Int) -> Day {
        Day(ordinal: Int32(clamping: Int(ordinal) + min(max(days, -4_000_000), 4_000_000)))
    }

    /// Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + min(max(months, -130_000), 130_000)
        let y = total / 12, m = total % 12 + 1
        let d = min(c.day, Day.daysIn(month: m, year: y))
        return Day(year: y, month: m, day: d) ?? self
    }

    public func adding(years: Int) -> Day { adding(months: min(max(years, -20_000), 20_000) * 12) }

    /// Calendar days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int { Int(other.ordinal) - Int(ordinal) }

    /// Whole years of age on `date` for someone born on `self`.
    public func age(on date: Day) -> Int {
        let b = components, d = date.components
        var age = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { age -= 1 }
        return age
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `yyyy-mm-dd`
    public var iso: String {
        let c = components
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }

    /// `dd/mm/yyyy`, the form of the SSDA903 and Annex A returns.
    public var uk: String {
        let c = components
        return "\(Day.pad(c.day, 2))/\(Day.pad(c.month, 2))/\(Day.pad(c.year, 4))"
    }

    public var description: String { iso }

    /// `n` in decimal, zero-padded to `width` digits.
    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a yyyy-mm-dd date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

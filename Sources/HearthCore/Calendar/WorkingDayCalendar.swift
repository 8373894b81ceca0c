import Foundation

/// Monday–Friday less England & Wales bank holidays.
///
/// Hearth's convention (DESIGN.md): the start day is not counted, so an event on the same day is
/// 0 working days and "within N" means `workingDays(from:to:) <= N`. DfE's validator counts the
/// start day as day 1; `workingDaysCountingStart(from:to:)` gives that form.
public struct WorkingDayCalendar: Sendable {
    public let bankHolidays: Set<Day>
    /// Where the holiday list is known; outside it only weekends are excluded.
    public let coverage: ClosedRange<Day>?
    // cumulative[i] = working days in (base, base + i]; makes every count two array reads.
    private let base: Day
    private let cumulative: [Int32]

    public init(bankHolidays: Set<Day>) {
        self.bankHolidays = bankHolidays
        if let lo = bankHolidays.min(), let hi = bankHolidays.max() {
            coverage = Day(year: lo.year, month: 1, day: 1)!...Day(year: hi.year, month: 12, day: 31)!
        } else {
            coverage = nil
        }
        base = Day(year: 1990, month: 1, day: 1)!
        let end = Day(year: 2060, month: 12, day: 31)!
        var running: Int32 = 0
        var table = [Int32](repeating: 0, count: base.days(to: end) + 1)
        for i in 1..<table.count {
            let d = base.adding(days: i)
            if !d.isWeekend && !bankHolidays.contains(d) { running += 1 }
            table[i] = running
        }
        cumulative = table
    }

    /// England & Wales bank holidays 2013–2027 shipped with Hearth.
    public static let englandAndWales: WorkingDayCalendar = {
        guard let url = Bundle.module.url(forResource: "bank-holidays", withExtension: "json",
                                          subdirectory: "reference"),
              let data = try? Data(contentsOf: url),
              let calendar = try? WorkingDayCalendar(bankHolidaysJSON: data) else {
            // The file is part of the package; without it, weekends still count correctly.
            return WorkingDayCalendar(bankHolidays: [])
        }
        return calendar
    }()

    /// Reads gov.uk's `bank-holidays.json` (its `england-and-wales` division).
    public init(bankHolidaysJSON data: Data, division: String = "england-and-wales") throws {
        struct File: Decodable {
            struct Division: Decodable { let events: [Event] }
            struct Event: Decodable { let date: String }
        }
        let file = try JSONDecoder().decode([String: File.Division].self, from: data)
        guard let events = file[division]?.events else {
            throw CalendarError.missingDivision(division)
        }
        var days = Set<Day>()
        for event in events {
            guard let day = Day(iso: event.date) else { throw CalendarError.badDate(event.date) }
            days.insert(day)
        }
        self.init(bankHolidays: days)
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        // Inside the table a day is a working day when the running count steps up on it: two
        // array reads rather than hashing the day into the holiday set.
        let k = base.days(to: day)
        if k >= 1, k < cumulative.count { return cumulative[k] != cumulative[k - 1] }
        return !day.isWeekend && !bankHolidays.contains(day)
    }

    /// Working days after `start` up to and including `end`; negative if `end` is earlier.
    public func workingDays(from start: Day, to end: Day) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        let i = base.days(to: start), j = base.days(to: end)
        if i >= 0, j < cumulative.count { return Int(cumulative[j] - cumulative[i]) }
        var n = 0
        var d = start
        while d < end { d = d.adding(days: 1); if isWorkingDay(d) { n += 1 } }
        return n
    }

    /// The DfE validator's count, where the start day itself is day 1 when it is a working day.
    public func workingDaysCountingStart(from start: Day, to end: Day) -> Int {
        workingDays(from: start, to: end) + (isWorkingDay(start) && end >= start ? 1 : 0)
    }

    /// The day `n` working days after `start` (a deadline such as "ICPC within 15 working days").
    public func adding(workingDays n: Int, to start: Day) -> Day {
        // The answer is the first day whose running count is n above the start's. Each day adds
        // at most one, so that day is at least n days on: the scan starts there and reads a few
        // table entries instead of testing every day in between against the holiday set.
        let i = base.days(to: start)
        if n > 0, i >= 0, i < cumulative.count {
            let target = cumulative[i] + Int32(n)
            var j = i + n
            while j < cumulative.count, cumulative[j] < target { j += 1 }
            if j < cumulative.count { return base.adding(days: j) }
        }
        var d = start
        var left = n
        while left > 0 { d = d.adding(days: 1); if isWorkingDay(d) { left -= 1 } }
        return d
    }
}

public enum CalendarError: Error, CustomStringConvertible, Equatable {
    case missingDivision(String)
    case badDate(String)

    public var description: String {
        switch self {
        case .missingDivision(let d): "bank-holidays file has no \"\(d)\" division"
        case .badDate(let s): "bank-holidays file has a date that is not yyyy-mm-dd: \(s)"
        }
    }
}

import Testing
@testable import HearthCore

@Suite struct DayMonthTableTests {
    @Test func agreesWithTheCalendarArithmeticOnEveryDayItHolds() {
        // Every day 0…32 of every month 1900–2099: the table and days-from-civil give the same
        // day, or both refuse (day 0, 30 February, 31 April, 29 February in 1900 and 2023).
        var checked = 0
        for year in DayMonthTable.firstYear..<(DayMonthTable.firstYear + DayMonthTable.years) {
            for month in 1...12 {
                for day in 0...32 {
                    let fromTable = DayMonthTable.day(year: year, month: month, day: day)
                    #expect(fromTable == .some(Day(year: year, month: month, day: day)))
                    checked += 1
                }
            }
        }
        #expect(checked == 200 * 12 * 33)
    }

    @Test func leavesYearsAndMonthsOutsideItToTheArithmetic() {
        for (year, month) in [(1899, 12), (2100, 1), (2024, 0), (2024, 13), (-5, 1)] {
            #expect(DayMonthTable.day(year: year, month: month, day: 1) == .none)
        }
        // The readers still take them, through the arithmetic.
        #expect(Day(uk: "31/12/1899") == Day(year: 1899, month: 12, day: 31))
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2100-03-01")?.description == "2100-03-01")
    }

    @Test func givesTheCalendarsYearMonthAndDayOfEveryDayItHolds() {
        // Every day from 1900-01-01 to 2099-12-31, and the days either side of the table.
        let first = Day(year: 1900, month: 1, day: 1)!.ordinal, last = Day(year: 2099, month: 12, day: 31)!.ordinal
        for ordinal in first...last {
            let day = Day(ordinal: ordinal)
            let c = DayMonthTable.components(ordinal)
            #expect(c?.year == day.civilComponents.year && c?.month == day.civilComponents.month
                    && c?.day == day.civilComponents.day)
        }
        #expect(DayMonthTable.components(first - 1) == nil && DayMonthTable.components(last + 1) == nil)
        #expect(Day(ordinal: first - 1).components == (1899, 12, 31))
        #expect(Day(ordinal: last + 1).components == (2100, 1, 1))
    }
}

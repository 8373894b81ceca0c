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
}

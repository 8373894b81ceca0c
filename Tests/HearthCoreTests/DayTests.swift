import Testing
@testable import HearthCore

@Suite struct DayTests {
    @Test func roundTripsCivilDatesAcrossCenturiesAndLeapYears() {
        // Given every day from 1899 to 2101
        var d = Day(year: 1899, month: 1, day: 1)!
        let end = Day(year: 2101, month: 12, day: 31)!
        while d <= end {
            // When it is split into components and rebuilt
            let c = d.components
            // Then the same day comes back
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
            d = d.adding(days: 1)
        }
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(year: 2024, month: 2, day: 31) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
        #expect(Day(year: 2024, month: 4, day: 31) == nil)
    }

    @Test func parsesTheReturnsDateForms() {
        #expect(Day(uk: "31/03/2025") == Day(year: 2025, month: 3, day: 31))
        #expect(Day(uk: "1/4/2024") == Day(year: 2024, month: 4, day: 1))
        #expect(Day(uk: "31/02/2024") == nil)
        #expect(Day(uk: "2024-03-31") == nil)
        #expect(Day(uk: "31/03/25") == nil)
        #expect(Day(iso: "2025-03-31") == Day(year: 2025, month: 3, day: 31))
        #expect(Day(iso: "2025-03-31T00:00:00") == Day(year: 2025, month: 3, day: 31))
        #expect(Day(iso: "2025-3-31") == nil)
        #expect(Day(iso: "2025-03-31x") == nil)
        #expect(Day(flexible: "31/03/2025") == Day(flexible: "2025-03-31"))
    }

    @Test func formatsBothForms() {
        let d = Day(year: 2025, month: 3, day: 1)!
        #expect(d.iso == "2025-03-01")
        #expect(d.uk == "01/03/2025")
    }

    @Test func knowsWeekdays() {
        #expect(Day(year: 1970, month: 1, day: 1)!.isoWeekday == 4)   // Thursday
        #expect(Day(year: 2025, month: 3, day: 31)!.isoWeekday == 1)  // Monday
        #expect(Day(year: 1969, month: 12, day: 28)!.isoWeekday == 7) // Sunday
    }

    @Test func addsMonthsClampingToTheMonthEnd() {
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 3, day: 31)!.adding(months: -1) == Day(year: 2023, month: 2, day: 28))
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 1) == Day(year: 2025, month: 2, day: 28))
        #expect(Day(year: 2024, month: 11, day: 15)!.adding(months: 14) == Day(year: 2026, month: 1, day: 15))
    }

    @Test func computesAgeOnADate() {
        let born = Day(year: 2008, month: 2, day: 29)!
        #expect(born.age(on: Day(year: 2025, month: 2, day: 28)!) == 16)
        #expect(born.age(on: Day(year: 2025, month: 3, day: 1)!) == 17)
        #expect(Day(year: 2007, month: 3, day: 31)!.age(on: Day(year: 2025, month: 3, day: 31)!) == 18)
    }

    @Test func convertsExcelSerials() {
        // 45747 is 31 March 2025 in Excel's 1900 date system.
        #expect(Day(excelSerial: 45747) == Day(year: 2025, month: 3, day: 31))
        #expect(Day(year: 2025, month: 3, day: 31)!.excelSerial == 45747)
        #expect(Day(excelSerial: .nan) == nil)
    }

    @Test func codesAsISOText() throws {
        let d = Day(year: 2025, month: 3, day: 31)!
        let data = try JSONEncoder().encode([d])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-31"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [d])
    }
}

import Foundation

/// Issue 17: no count read from a file, the store or a URL can make date arithmetic trap.
@Suite struct DayArithmeticSafetyTests {
    @Test func arithmeticOnAnyCountNeverTraps() {
        let d = Day(year: 2025, month: 3, day: 31)!
        #expect(d.adding(days: Int.max) > d)
        #expect(d.adding(days: Int.min) < d)
        #expect(d.adding(months: Int.max) >= d)
        #expect(d.adding(years: Int.min) <= d && d.adding(years: Int.max) >= d)
        #expect(Day.reportingYear(endingIn: 0) == (Day(year: 1, month: 4, day: 1)!, Day(year: 2, month: 3, day: 31)!))
        #expect(Day.reportingYear(endingIn: 99_999) == (Day(year: 9998, month: 4, day: 1)!, Day(year: 9999, month: 3, day: 31)!))
        #expect(Day.reportingYear(endingIn: 2025) == (Day(year: 2024, month: 4, day: 1)!, Day(year: 2025, month: 3, day: 31)!))
        #expect(Day(ordinal: .max).days(to: Day(ordinal: .min)) == Int(Int32.min) - Int(Int32.max))
    }
}

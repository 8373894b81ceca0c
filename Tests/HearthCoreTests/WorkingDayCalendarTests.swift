import Foundation
import Testing
@testable import HearthCore

@Suite struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.englandAndWales
    func day(_ s: String) -> Day { Day(iso: s)! }

    @Test func shipsEnglandAndWalesBankHolidays2013To2027() {
        #expect(calendar.bankHolidays.count == 123)
        #expect(calendar.bankHolidays.contains(day("2013-01-01")))
        #expect(calendar.bankHolidays.contains(day("2027-12-28")))  // Boxing Day substitute
        #expect(calendar.bankHolidays.contains(day("2022-09-19")))  // State Funeral
        #expect(calendar.bankHolidays.contains(day("2023-05-08")))  // Coronation
        #expect(calendar.bankHolidays.contains(day("2020-05-08")))  // VE Day moved
        #expect(!calendar.bankHolidays.contains(day("2020-05-04")))
    }

    @Test func sameDayIsZeroWorkingDays() {
        #expect(calendar.workingDays(from: day("2025-03-31"), to: day("2025-03-31")) == 0)
        #expect(calendar.workingDaysCountingStart(from: day("2025-03-31"), to: day("2025-03-31")) == 1)
    }

    @Test func skipsWeekends() {
        // Friday → Monday is one working day.
        #expect(calendar.workingDays(from: day("2025-03-28"), to: day("2025-03-31")) == 1)
        // Monday → next Monday is five.
        #expect(calendar.workingDays(from: day("2025-03-24"), to: day("2025-03-31")) == 5)
    }

    @Test func skipsBankHolidaysAcrossEaster() {
        // Thu 17 Apr 2025 → Tue 22 Apr 2025: Good Friday and Easter Monday are not counted → 1.
        #expect(calendar.workingDays(from: day("2025-04-17"), to: day("2025-04-22")) == 1)
        // Christmas 2024: Mon 23 Dec → Fri 27 Dec → Tue 24 and Fri 27 count (25, 26 are holidays).
        #expect(calendar.workingDays(from: day("2024-12-23"), to: day("2024-12-27")) == 2)
    }

    @Test func isAntisymmetric() {
        #expect(calendar.workingDays(from: day("2025-03-31"), to: day("2025-03-24")) == -5)
    }

    @Test func addsWorkingDaysForDeadlines() {
        // 15 working days after Thu 10 Apr 2025: 11 Apr (1), 14–17 Apr (5), Easter skipped,
        // 22–25 Apr (9), 28 Apr–2 May (14), Mon 5 May is a bank holiday, so Tue 6 May (15).
        let due = calendar.adding(workingDays: 15, to: day("2025-04-10"))
        #expect(due == day("2025-05-06"))
        #expect(calendar.workingDays(from: day("2025-04-10"), to: due) == 15)
    }

    @Test func addingAgreesWithWalkingDayByDay() {
        // The table lookup must give the day a walk would: from every day of 2024–2025 (weekends
        // and bank holidays included) for the deadlines the measures use.
        var start = day("2024-01-01")
        while start <= day("2025-12-31") {
            for n in [0, 1, 5, 15, 20, 45] {
                var d = start, left = n
                while left > 0 { d = d.adding(days: 1); if !d.isWeekend && !calendar.bankHolidays.contains(d) { left -= 1 } }
                #expect(calendar.adding(workingDays: n, to: start) == d)
            }
            #expect(calendar.isWorkingDay(start) == (!start.isWeekend && !calendar.bankHolidays.contains(start)))
            start = start.adding(days: 1)
        }
    }

    @Test func addsWorkingDaysPastTheTableByWalking() {
        // 2060-12-29 is a Wednesday near the table's end: the answer lies beyond it.
        #expect(calendar.adding(workingDays: 3, to: day("2060-12-29")) == day("2061-01-03"))
        #expect(calendar.isWorkingDay(day("2061-01-03")))
        #expect(!calendar.isWorkingDay(day("1985-01-05")))  // a Saturday before the table
    }

    @Test func countsOutsideTheTableByWalking() {
        // 1985 is before the cached table: weekends only (no holidays known then).
        #expect(calendar.workingDays(from: day("1985-01-04"), to: day("1985-01-07")) == 1)
    }

    @Test func readsAReplacementGovUKFile() throws {
        let json = #"{"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"2028-01-03","notes":"","bunting":true}]}}"#
        let custom = try WorkingDayCalendar(bankHolidaysJSON: Data(json.utf8))
        #expect(custom.workingDays(from: day("2027-12-31"), to: day("2028-01-04")) == 1)
        #expect(throws: CalendarError.self) {
            try WorkingDayCalendar(bankHolidaysJSON: Data(#"{"scotland":{"events":[]}}"#.utf8))
        }
    }
}

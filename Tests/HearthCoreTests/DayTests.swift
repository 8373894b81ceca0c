import Testing
@testable import HearthCore

@Suite struct DayTests {
    @Test func roundTripsCivilDates() {
        let d = Day(year: 2024, month: 2, day: 29)!
        #expect(d.iso == "2024-02-29")
        #expect(d.uk == "29/02/2024")
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
    }
}

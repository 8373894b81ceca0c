import Testing
import HearthCore
@testable import HearthIndicators

@Suite struct ReportingPeriodTests {
    @Test func financialYearRunsAprilToMarch() {
        let p = ReportingPeriod.financialYear(2025)
        #expect(p.start == Day(year: 2024, month: 4, day: 1))
        #expect(p.end == Day(year: 2025, month: 3, day: 31))
        #expect(p.label == "2024-25")
    }

    @Test func parsesTheFormsTheCommandLineTakes() {
        #expect(ReportingPeriod(parsing: "2024-25") == .financialYear(2025))
        #expect(ReportingPeriod(parsing: "2025") == .financialYear(2025))
        #expect(ReportingPeriod(parsing: "2024-25-Q3")?.start == Day(year: 2024, month: 10, day: 1))
        #expect(ReportingPeriod(parsing: "2024-25-Q4")?.end == Day(year: 2025, month: 3, day: 31))
        #expect(ReportingPeriod(parsing: "2025-02")?.end == Day(year: 2025, month: 2, day: 28))
        #expect(ReportingPeriod(parsing: "rolling:2025-11-30")?.start == Day(year: 2024, month: 12, day: 1))
        #expect(ReportingPeriod(parsing: "last year") == nil)
        #expect(ReportingPeriod(parsing: "2024-27") == nil)
    }

    @Test func chartsNameEachPointShortly() {
        let rolling = ReportingPeriod(parsing: "rolling:2026-11-30")!, year = ReportingPeriod.financialYear(2026)
        #expect(rolling.axisLabel == "Nov 26" && ReportingPeriod(parsing: "2026-01")!.axisLabel == "Jan 26")
        #expect(ReportingPeriod(parsing: "2026-27-Q2")!.axisLabel == "Q2 26-27" && year.axisLabel == "2025-26")
        // Among twelve-month points the reporting year is its month-end, like its neighbours.
        #expect(year.monthLabel == "Mar 26")
    }
}

@Suite struct ReportingPeriodShiftTests {
    @Test func stepsBackByWholePeriods() {
        #expect(ReportingPeriod.financialYear(2025).earlier() == .financialYear(2024))
        #expect(ReportingPeriod.financialYear(2025).earlier(by: 3) == .financialYear(2022))
        #expect(ReportingPeriod.quarter(1, ofYearEnding: 2025)!.earlier() == .quarter(4, ofYearEnding: 2024)!)
        #expect(ReportingPeriod.month(3, year: 2025)!.earlier() == .month(2, year: 2025)!)
        #expect(ReportingPeriod.rolling12Months(endingOn: Day(year: 2025, month: 11, day: 30)!).earlier()
                == .rolling12Months(endingOn: Day(year: 2024, month: 11, day: 30)!))
    }
}

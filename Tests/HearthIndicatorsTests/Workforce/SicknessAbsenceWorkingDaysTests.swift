import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// DfE's sickness absence rate divides days lost by FTE in post × 253 working days, "the number of
/// working days in a non-leap year, taking account of bank holidays. The rate for a leap year is
/// based on 254 working days" (LAIT Work_Force_SWAbsence methodology). The census year runs to
/// 30 September, so it is a leap year when it holds a 29 February.
@Suite struct SicknessAbsenceWorkingDaysTests {
    /// A CSWW worker file in the census's item names and order (not the order Hearth writes):
    /// three social workers in post at 30 September, 2.5 FTE, 12 + 6.5 + 5.9 = 24.4 days lost.
    static let workers = """
    SWENo,AgencyWorker,OrgRole,FTE,RoleStartDate,RoleEndDate,Cases30,WorkingDaysLost,Absat30Sept,ReasonAbsence
    SW0012345,0,5,1,01/09/2019,,17,12,0,
    SW0023456,0,5,1,14/03/2016,,19,6.5,0,
    SW0034567,0,4,0.5,02/01/2021,,8,5.9,1,SICK
    """

    private func rate(censusDate: Day) throws -> MeasureRatio {
        let read = WorkforceCSVReader.read(bytes: Array(Self.workers.utf8), fileName: "csww_workers.csv")
        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(read.workers.count == 3)
        let census = WorkforceCensus(censusDate: censusDate, workers: read.workers, vacanciesFTE: [:])
        return WorkforceReport(WorkforceSnapshot(census: census)).sicknessAbsence
    }

    @Test func aCensusYearHolding29FebruaryDividesBy254() throws {
        // Given the census at 30 September 2024: the year from 1 October 2023 holds 29 February 2024
        let r = try rate(censusDate: Day(year: 2024, month: 9, day: 30)!)
        // Then 24.4 ÷ (2.5 × 254 = 635) = 3.84%, shown as 3.8 (with 253 it would be 3.86%, 3.9)
        #expect(r == MeasureRatio(24.4, 635))
        #expect(abs(try #require(r.percent) - 3.8425) < 0.0001)
    }

    @Test func anyOtherCensusYearDividesBy253() throws {
        // Given the same file at 30 September 2025 (1 October 2024 – 30 September 2025: no 29 February)
        let r = try rate(censusDate: Day(year: 2025, month: 9, day: 30)!)
        // Then 24.4 ÷ (2.5 × 253 = 632.5) = 3.858%, shown as 3.9
        #expect(r == MeasureRatio(24.4, 632.5))
        #expect(abs(try #require(r.percent) - 3.8577) < 0.0001)
    }

    @Test func theLeapYearIsTheYearToTheAsAtDateHolding29February() {
        func days(_ y: Int, _ m: Int, _ d: Int) -> Double? {
            Day(year: y, month: m, day: d).map { WorkforceMeasures.absenceWorkingDays(yearEnding: $0) }
        }
        // Census years to 30 September: 2020, 2024 and 2028 hold 29 February; 2023 and 2025 do not
        #expect(days(2020, 9, 30) == 254)
        #expect(days(2024, 9, 30) == 254)
        #expect(days(2028, 9, 30) == 254)
        #expect(days(2023, 9, 30) == 253)
        #expect(days(2025, 9, 30) == 253)
        // An HR extract measured to another day: the year ending 28 February 2024 starts on
        // 1 March 2023 and misses the leap day; the year ending on it, or after it, holds it
        #expect(days(2024, 2, 28) == 253)
        #expect(days(2024, 2, 29) == 254)
        #expect(days(2025, 2, 28) == 254)
        #expect(days(2025, 3, 1) == 253)
    }

    @Test func dfesPublishedRatesFollowTheLeapYearRule() {
        // DfE's published figures (csww_indicators, absence_rate_fte): Manchester at 30 September
        // 2024, 4,391.3 days lost by 449.6 FTE, published 3.8: ÷ (449.6 × 254) = 3.845% → 3.8,
        // where 253 gives 3.860% → 3.9. Halton at 30 September 2025, 967 days by 95 FTE, published
        // 4.0: ÷ (95 × 253) = 4.023% → 4.0.
        let manchester = 4391.3 / (449.6 * WorkforceMeasures.absenceWorkingDays(yearEnding: Day(year: 2024, month: 9, day: 30)!)) * 100
        #expect((manchester * 10).rounded() / 10 == 3.8)
        let halton = 967 / (95 * WorkforceMeasures.absenceWorkingDays(yearEnding: Day(year: 2025, month: 9, day: 30)!)) * 100
        #expect((halton * 10).rounded() / 10 == 4.0)
    }
}

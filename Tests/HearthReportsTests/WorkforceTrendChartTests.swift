import HearthCore
import HearthIndicators
import Testing
@testable import HearthReports

@Suite struct WorkforceTrendChartTests {
    private func point(_ month: Int, inPost: Double, agency: Double, establishment: Double) throws -> WorkforceTrendPoint {
        let day = try #require(Day(year: 2025, month: month, day: 28))
        return WorkforceTrendPoint(StaffingLevels(date: day, teams: [
            TeamStaffing(team: "Assessment", kind: .assessment, establishmentFTE: establishment, inPostFTE: inPost, agencyFTE: agency,
                         absentFTE: 0, cases: 0, caseHolderFTE: 0, caseloadTarget: nil),
        ]))
    }

    @Test func inPostAgencyAndVacantByMonthWithOneDecimal() throws {
        // Given two month ends
        let trend = [try point(1, inPost: 10.5, agency: 2, establishment: 14), try point(2, inPost: 11, agency: 1.25, establishment: 14)]

        // When
        let chart = WorkforceTrendChart.chart(trend)

        // Then
        #expect(chart.title == "Social workers by month (FTE)")
        #expect(chart.labels == ["Jan 25", "Feb 25"])
        #expect(chart.series.map(\.name) == ["In post (permanent)", "Agency", "Vacant"])
        #expect(chart.series.map(\.values) == [[10.5, 11], [2, 1.25], [3.5, 3]])
        #expect(chart.series.map(\.style) == [.primary, .secondary, .comparison])
        #expect(chart.target == nil && chart.format(1.25) == MoneyFormat.oneDecimal(1.25))
        #expect(chart.svg.contains("Social workers by month (FTE)"))
    }

    @Test func monthLabelsAreShortMonthAndTwoDigitYear() throws {
        #expect(WorkforceTrendChart.monthLabel(try #require(Day(year: 2024, month: 12, day: 31))) == "Dec 24")
        #expect(WorkforceTrendChart.monthLabel(try #require(Day(year: 2030, month: 3, day: 1))) == "Mar 30")
    }
}

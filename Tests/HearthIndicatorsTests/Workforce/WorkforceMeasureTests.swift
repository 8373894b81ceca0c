import Foundation
import HearthCore
import Testing
@testable import HearthIndicators

/// Every workforce measure on `WorkforceFixture`, worked by hand. Employed on 30/09/2024: A1, A2,
/// A3, C1, C2, C3 (A4 left 30/06/2024, L1 and N3 before the year).
@Suite struct WorkforceMeasureTests {
    let report = WorkforceReport(WorkforceFixture.snapshot)

    private func team(_ name: String) throws -> TeamStaffing {
        try #require(report.levels.teams.first { $0.team == name })
    }

    @Test func theUncoveredGapIsVacanciesPlusAbsentLessAgency() {
        // Given the seeds' example: 62 vacant, 46 absent, 78 agency
        let gap = UncoveredVacancyGap(vacancyFTE: 62, absentFTE: 46, agencyFTE: 78)
        // Then 62 + 46 − 78 = 30
        #expect(gap.gapFTE == 30)
        #expect(gap.shareOfPosts == nil, "no share without the establishment")
        // And as the council reported it: 30 FTE of its 500 established posts is 30 ÷ 500 = 6%
        let council = UncoveredVacancyGap(vacancyFTE: 62, absentFTE: 46, agencyFTE: 78, establishmentFTE: 500)
        #expect(council.shareOfPosts == 6)
    }

    @Test func theGapTravelsWithItsSumAndShareAndReadsBackWithoutThem() throws {
        let gap = UncoveredVacancyGap(vacancyFTE: 62, absentFTE: 46, agencyFTE: 78, establishmentFTE: 500)
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(gap)) as? [String: Double]
        #expect(json?["gapFTE"] == 30 && json?["shareOfPosts"] == 6 && json?["establishmentFTE"] == 500)
        #expect(try JSONDecoder().decode(UncoveredVacancyGap.self, from: try JSONEncoder().encode(gap)) == gap)
        // A gap stored before the establishment was kept reads back without it.
        let old = try JSONDecoder().decode(UncoveredVacancyGap.self, from: Data(#"{"vacancyFTE":1,"absentFTE":2,"agencyFTE":3}"#.utf8))
        #expect(old.establishmentFTE == nil && old.gapFTE == 0)
    }

    @Test func theUncoveredGapOfAServiceWith62Vacant46AbsentAnd78AgencyIs30() {
        // Given a team of 162 funded posts: 100 permanent in post, 46 of them away, and 78 agency
        var staff: [StaffMember] = []
        for i in 0..<100 {
            staff.append(StaffMember(staffID: "P\(i)", team: "T", contract: .permanent, fte: 1,
                                     absences: i < 46 ? [Absence(kind: .maternity, from: WorkforceFixture.day("2024-01-01"), fte: 1)] : []))
        }
        for i in 0..<78 { staff.append(StaffMember(staffID: "G\(i)", team: "T", contract: .agency, fte: 1)) }
        let snapshot = WorkforceSnapshot(date: WorkforceFixture.date, teams: [Team(name: "T", kind: .other, establishmentFTE: 162)],
                                         staff: staff)
        // When measured
        let gap = WorkforceReport(snapshot).uncoveredGap
        // Then 162 − 100 = 62 vacant, 46 absent, 78 agency: 62 + 46 − 78 = 30
        #expect(gap.vacancyFTE == 62)
        #expect(gap.absentFTE == 46)
        #expect(gap.agencyFTE == 78)
        #expect(gap.gapFTE == 30)
        // Of its 162 funded posts: 30 ÷ 162 = 18.5%
        #expect(gap.establishmentFTE == 162)
        #expect(gap.shareOfPosts.map { ($0 * 10).rounded() / 10 } == 18.5)
    }

    @Test func staffingByTeamCountsInPostAgencyVacantAndAbsent() throws {
        // Assessment: in post A1 1 + A2 0.5 = 1.5; agency A3 1; vacant 4 − 1.5 = 2.5; absent A2 0.5;
        // agency covering vacancies min(1, 2.5) = 1
        let a = try team("Assessment")
        #expect(a.inPostFTE == 1.5)
        #expect(a.agencyFTE == 1)
        #expect(a.vacancyFTE == 2.5)
        #expect(a.absentFTE == 0.5)
        #expect(a.agencyCoveringVacanciesFTE == 1)
        // CIN: in post C1 1 + C2 (secondee) 1 = 2; agency C3 0.5; vacant 3 − 2 = 1; absent C1 1; covering 0.5
        let c = try team("CIN")
        #expect(c.inPostFTE == 2)
        #expect(c.agencyFTE == 0.5)
        #expect(c.vacancyFTE == 1)
        #expect(c.absentFTE == 1)
        #expect(c.agencyCoveringVacanciesFTE == 0.5)
    }

    @Test func vacancyRateIsVacanciesOverVacanciesPlusInPost() {
        // 3.5 vacant ÷ (3.5 + 3.5 in post) = 50%
        #expect(report.vacancyRate == MeasureRatio(3.5, 7))
        #expect(report.vacancyRate.percent == 50)
    }

    @Test func agencyRateIsAgencyOverAgencyPlusInPost() {
        // 1.5 agency ÷ (1.5 + 3.5) = 30%
        #expect(report.agencyRate == MeasureRatio(1.5, 5))
        #expect(report.agencyRate.percent == 30)
    }

    @Test func agencyCoverOfVacanciesIsAgencyCoveringOverVacancies() throws {
        // (1 + 0.5) covering ÷ 3.5 vacant = 42.857%
        #expect(report.agencyCoverOfVacancies == MeasureRatio(1.5, 3.5))
        #expect(abs(try #require(report.agencyCoverOfVacancies.percent) - 42.857) < 0.001)
    }

    @Test func turnoverIsLeaversInTheYearOverInPost() throws {
        // Leavers 1/10/2023–30/9/2024: A4 (1 FTE); L1 left 30/9/2023, the year before. 1 ÷ 3.5 = 28.571%
        #expect(report.turnover == MeasureRatio(1, 3.5))
        #expect(abs(try #require(report.turnover.percent) - 28.571) < 0.001)
    }

    @Test func sicknessAbsenceIsDaysLostOverInPostFTETimesTheYearsWorkingDays() throws {
        // A2: sickness 2–30 September 2024 = 21 working days (no bank holiday) × 0.5 FTE = 10.5;
        // C2: 4 days recorded. The year to 30 September 2024 holds 29 February 2024, so DfE divides
        // by 254 working days: 14.5 ÷ (3.5 × 254 = 889) = 1.6310%
        #expect(report.sicknessAbsence == MeasureRatio(14.5, 889))
        #expect(abs(try #require(report.sicknessAbsence.percent) - 1.6310) < 0.0001)
    }

    @Test func caseloadIsCasesOverCaseHolderFTEOverallAndByTeam() throws {
        // Overall: 20 + 8 + 22 + 15 + 12 + 9 = 86 cases ÷ (1 + 0.5 + 1 + 1 + 1 + 0.5 = 5) = 17.2
        #expect(report.caseload == MeasureRatio(86, 5))
        // Assessment: 50 ÷ 2.5 = 20, target 18 → 2 over
        let a = try team("Assessment")
        #expect(a.caseload.ratio == 20)
        #expect(a.caseloadAboveTarget == 2)
        // CIN: 36 ÷ 2.5 = 14.4, target 16 → 1.6 under
        let c = try team("CIN")
        #expect(c.caseload.ratio == 14.4)
        #expect(abs(try #require(c.caseloadAboveTarget) + 1.6) < 1e-9)
    }

    @Test func nqswRetentionFollowsEachStarterToTheirAnniversary() {
        // After 1 year: cohort L1 (1/9/2023, still employed), C1 (1/1/2024, employed), N3 (1/5/2022,
        // left 31/3/2022) → 2 of 3. After 2 years: L1 (1/9/2024, left 30/9/2023), N3 → 0 of 2;
        // C1's second anniversary (1/1/2025) is after the date, so C1 is not yet in that cohort.
        #expect(report.nqswRetention.map(\.years) == [1, 2])
        #expect(report.nqswRetention[0].retained == MeasureRatio(2, 3))
        #expect(report.nqswRetention[1].retained == MeasureRatio(0, 2))
    }

    @Test func recruitmentFunnelConvertsStageByStage() throws {
        // 40 → 20 (50%) → 10 (50%) → 5 (50%) → 4 (80%) → 3 in post after a year (75%); 4 ÷ 40 = 10%
        let f = try #require(report.recruitment.first)
        #expect(f.stages.map(\.count) == [40, 20, 10, 5, 4, 3])
        #expect(f.stages.map { $0.fromPrevious?.percent } == [nil, 50, 50, 50, 80, 75])
        #expect(f.appointedPerApplication.percent == 10)
    }

    @Test func monthlyTrendRebuildsStaffingFromDates() throws {
        // Twelve month ends, 31/10/2023 … 30/09/2024.
        #expect(report.trend.count == 12)
        #expect(report.trend.first?.monthEnd == WorkforceFixture.day("2023-10-31"))
        #expect(report.trend.last?.monthEnd == WorkforceFixture.date)
        // 31/10/2023: A1 1 + A2 0.5 + A4 1 + C1 1 = 3.5 in post; no agency; vacant (4 − 2.5) + (3 − 1) = 3.5; nobody away.
        let october = try #require(report.trend.first)
        #expect([october.inPostFTE, october.agencyFTE, october.vacancyFTE, october.absentFTE] == [3.5, 0, 3.5, 0])
        // 30/06/2024: A4's last day, so gone; C2 and A3 started: in post 1 + 0.5 + 1 + 1 = 3.5,
        // agency 1, vacant (4 − 1.5) + (3 − 2) = 3.5.
        let june = try #require(report.trend.first { $0.monthEnd == WorkforceFixture.day("2024-06-30") })
        #expect([june.inPostFTE, june.agencyFTE, june.vacancyFTE, june.absentFTE] == [3.5, 1, 3.5, 0])
        // 30/09/2024 as the report: absent A2 0.5 + C1 1 = 1.5, agency 1.5.
        let september = try #require(report.trend.last)
        #expect([september.inPostFTE, september.agencyFTE, september.vacancyFTE, september.absentFTE] == [3.5, 1.5, 3.5, 1.5])
    }

    @Test func costComparesAgencyWithPermanentAtTheConfiguredRates() throws {
        // 3.5 × £50,000 = £175,000; 1.5 × £80,000 = £120,000; total £295,000; premium £30,000 per FTE,
        // 1.5 × £30,000 = £45,000 a year; agency share 120 ÷ 295 = 40.678%
        let c = report.cost
        #expect(c.permanentAnnual == 175_000)
        #expect(c.agencyAnnual == 120_000)
        #expect(c.totalAnnual == 295_000)
        #expect(c.agencyPremiumPerFTE == 30_000)
        #expect(c.agencyPremiumAnnual == 45_000)
        #expect(abs(try #require(c.agencyShareOfCost.percent) - 40.678) < 0.001)
    }

    @Test func aCensusBecomesASnapshotWithItsVacancies() {
        // Given a census of two permanent workers (one leaver) and one agency worker, 2.5 FTE vacant
        let census = WorkforceCensus(censusDate: WorkforceFixture.date, workers: [
            SocialWorker(workerID: "1", isAgency: false, fte: 1, team: "Children in Care Team", cases: 12, workingDaysLost: 5,
                         absentAtCensus: true, reasonAbsent: "MAT"),
            SocialWorker(workerID: "2", isAgency: false, fte: 1, team: "Children in Care Team",
                         roleStartDate: WorkforceFixture.day("2020-01-01"), roleEndDate: WorkforceFixture.day("2024-05-01")),
            SocialWorker(workerID: "3", isAgency: true, fte: 0.8, team: "Children in Care Team", cases: 14),
        ], vacanciesFTE: ["Children in Care Team": 2.5])
        // When measured
        let r = WorkforceReport(WorkforceSnapshot(census: census))
        // Then the team is children in care, its vacancies are the census's, and DfE's rates follow:
        // vacancy 2.5 ÷ 3.5; agency 0.8 ÷ 1.8; turnover 1 ÷ 1; absence 5 ÷ (1 × 254, a year with
        // 29 February); caseload 26 ÷ 1.8; 1 FTE away
        #expect(r.levels.teams.map(\.kind) == [.childrenInCare])
        #expect(r.vacancyRate == MeasureRatio(2.5, 3.5))
        #expect(r.agencyRate == MeasureRatio(0.8, 1.8))
        #expect(r.turnover == MeasureRatio(1, 1))
        #expect(r.sicknessAbsence == MeasureRatio(5, 254))
        #expect(r.caseload == MeasureRatio(26, 1.8))
        #expect(r.uncoveredGap.absentFTE == 1)
    }
}

import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct StaffingCSVTests {
    /// The columns these rows were written for (the profile columns after them are optional).
    private let staffHeadings = StaffingColumns.staffHeadings.prefix(15).joined(separator: ",")

    private func staff(_ lines: String...) -> StaffingFileResult<StaffMember> {
        StaffCSVReader.read(bytes: Array(([staffHeadings] + lines).joined(separator: "\n").utf8), fileName: "staff.csv")
    }

    @Test func readsAPersonWithAnAbsence() throws {
        // Given one row with every column
        let r = staff("S1,Assessment,Permanent,0.8,5,y,2023-10-02,,,17,maternity,2024-06-01,,0.8,3.5")
        // Then the person is read as written
        #expect(r.problems.isEmpty)
        let s = try #require(r.rows.first)
        #expect(s == StaffMember(staffID: "S1", team: "Assessment", contract: .permanent, fte: 0.8, role: "5", isNQSW: true,
                                 startDate: Day(year: 2023, month: 10, day: 2), cases: 17,
                                 absences: [Absence(kind: .maternity, from: Day(year: 2024, month: 6, day: 1)!, fte: 0.8)],
                                 sicknessDaysLost: 3.5))
    }

    @Test func gathersAPersonsAbsencesFromSeveralRows() {
        let r = staff("S1,CIN,agency,1,,n,,,,,long_term_sickness,01/02/2024,29/02/2024,1,",
                      "S1,CIN,agency,1,,n,,,,,career break,2024-05-01,,0.5,")
        #expect(r.rows.count == 1)
        #expect(r.rows.first?.absences.map(\.kind) == [.longTermSickness, .careerBreak])
        #expect(r.problems.isEmpty)
    }

    @Test func badRowsAreLeftOutWithFileLineAndField() {
        // Given a blank ID, an unknown contract, an FTE of 1.5, an FTE that is not a number
        let r = staff(",CIN,permanent,1,,,,,,,,,,,", "S2,CIN,zero hours,1,,,,,,,,,,,", "S3,CIN,permanent,1.5,,,,,,,,,,,",
                      "S4,CIN,permanent,full,,,,,,,,,,,", "S5,CIN,permanent,1,,,,,,,,,,,")
        // Then only S5 is read, and each problem names the file, the line and the column
        #expect(r.rows.map(\.staffID) == ["S5"])
        #expect(r.problems.map(\.file) == ["staff.csv", "staff.csv", "staff.csv", "staff.csv"])
        #expect(r.problems.map(\.line) == [2, 3, 4, 5])
        #expect(r.problems.map(\.field) == ["staff_id", "contract", "fte", "fte"])
        #expect(r.problems.allSatisfy { $0.severity == .error })
    }

    @Test func aBadAbsenceIsLeftOutButThePersonKept() {
        // Given an unknown kind, an absence ending before it starts, an absence without a start
        let r = staff("S1,CIN,permanent,1,,,,,,,holiday,2024-01-01,,,", "S2,CIN,permanent,1,,,,,,,maternity,2024-03-01,2024-02-01,,",
                      "S3,CIN,permanent,1,,,,,,,secondment,,2024-02-01,,", "S4,CIN,permanent,1,,,,,,,other,31/13/2024,,,")
        #expect(r.rows.map(\.staffID) == ["S1", "S2", "S3", "S4"])
        #expect(r.rows.allSatisfy { $0.absences.isEmpty })
        #expect(r.problems.map(\.field) == ["absence_kind", "absence_to", "absence_from", "absence_from", "absence_from"])
        #expect(r.problems.map(\.line) == [2, 3, 4, 5, 5])
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        let r = StaffCSVReader.read(bytes: Array("staff_id,team,fte\nS1,CIN,1\n".utf8), fileName: "hr.csv")
        #expect(r.rows.isEmpty)
        #expect(r.hasFatal)
        #expect(r.problems.first?.field == "contract")
        #expect(r.problems.first?.line == 1)
        #expect(r.problems.first?.description.contains("hr.csv:1") == true)
    }

    @Test func aShortRowOrAnEmptyFileNeverCrashes() {
        #expect(staff("S1,CIN").problems.map(\.line) == [2])
        #expect(StaffCSVReader.read(bytes: [], fileName: "empty.csv").hasFatal)
        #expect(StaffCSVReader.read(bytes: Array("\u{0}\u{1}garbage".utf8), fileName: "bin.csv").rows.isEmpty)
    }

    @Test func teamsWithBadValuesAreReported() {
        let text = "Team,Kind,Establishment FTE,Caseload Target\nA,assessment,5,18\nB,front door,4,\nC,cin_cp,-1,16\nA,cin_cp,2,\nD,fostering,3,0\n"
        let r = TeamCSVReader.read(bytes: Array(text.utf8), fileName: "teams.csv")
        // B's kind is unknown (kept as other, warned); C's establishment is negative; A is listed twice; D's target is 0
        #expect(r.rows.map(\.name) == ["A", "B", "D"])
        #expect(r.rows[1].kind == .other)
        #expect(r.rows[2].caseloadTarget == nil)
        #expect(r.problems.map(\.line) == [3, 4, 5, 6])
        #expect(r.problems.map(\.field) == ["kind", "establishment_fte", "team", "caseload_target"])
        #expect(r.problems.map(\.severity) == [.warning, .error, .error, .error])
    }

    @Test func campaignsWarnWhenAStageGrows() {
        let text = "campaign,opened,closed,applications,shortlisted,interviewed,offered,appointed,in_post_12_months\n"
            + "Spring,2024-03-01,2024-04-01,30,12,14,5,4,\nAutumn,,,10,5,3,2,1,\n"
        let r = CampaignCSVReader.read(bytes: Array(text.utf8), fileName: "recruitment.csv")
        #expect(r.rows.map(\.name) == ["Spring"])
        #expect(r.problems.map(\.field) == ["interviewed", "opened"])
        #expect(r.problems.map(\.severity) == [.warning, .error])
    }

    @Test func costLinesReadMoneyAndRefuseUnknownTypes() {
        let text = "placement,provider,weekly_cost,note\nifa_fostering,,\"£1,050.00\",\nK2,SC123456,12000,solo\nhotel,,900,\nK1,,-5,\n"
        let r = PlacementCostCSVReader.read(bytes: Array(text.utf8), fileName: "placement_costs.csv")
        #expect(r.rows == [PlacementCost(placement: "ifa_fostering", weeklyCost: 1_050),
                           PlacementCost(placement: "K2", provider: "SC123456", weeklyCost: 12_000, note: "solo")])
        #expect(r.problems.map(\.line) == [4, 5])
        #expect(r.problems.map(\.field) == ["placement", "weekly_cost"])
    }

    @Test func everythingWrittenReadsBackTheSame() {
        // Given records with a person on two absences, a leaver, a secondee, a team without a target
        let d = { (s: String) in Day(flexible: s)! }
        let people = [
            StaffMember(staffID: "S1", team: "Court, North", contract: .secondee, fte: 0.6, role: "4", isNQSW: true,
                        startDate: d("2022-01-01"), cases: 11,
                        absences: [Absence(kind: .longTermSickness, from: d("2024-01-01"), to: d("2024-02-01"), fte: 0.6),
                                   Absence(kind: .secondment, from: d("2024-05-01"), fte: 0.3)], sicknessDaysLost: 22),
            StaffMember(staffID: "S2", team: "CIC", contract: .permanent, fte: 1, startDate: d("2015-01-01"),
                        endDate: d("2024-03-31"), leavingReason: "RES"),
        ]
        let teams = [Team(name: "Court, North", kind: .childInNeedAndProtection, establishmentFTE: 6.5, caseloadTarget: 17),
                     Team(name: "CIC", kind: .childrenInCare, establishmentFTE: 3)]
        let campaigns = [RecruitmentCampaign(name: "ASYE", opened: d("2024-01-08"), applications: 9, shortlisted: 6,
                                             interviewed: 5, offered: 3, appointed: 3)]
        // When written and read
        let s = StaffCSVReader.read(bytes: Array(StaffingCSVWriter.staff(people).utf8), fileName: "s.csv")
        let t = TeamCSVReader.read(bytes: Array(StaffingCSVWriter.teams(teams).utf8), fileName: "t.csv")
        let c = CampaignCSVReader.read(bytes: Array(StaffingCSVWriter.campaigns(campaigns).utf8), fileName: "c.csv")
        let k = PlacementCostCSVReader.read(bytes: Array(StaffingCSVWriter.costs(.illustrative).utf8), fileName: "k.csv")
        // Then everything comes back unchanged
        #expect(s.rows == people)
        #expect(t.rows == teams)
        #expect(c.rows == campaigns)
        #expect(k.rows == PlacementCostTable.illustrative.lines)
        #expect((s.problems + t.problems + c.problems + k.problems).isEmpty)
    }

    @Test func theSnifferKnowsEachFileByItsHeadings() {
        #expect(StaffingColumns.recognise(headings: ["Staff ID", "Team", "Contract", "FTE"]) == .workforceStaff)
        #expect(StaffingColumns.recognise(headings: ["team", "kind", "establishment_fte"]) == .workforceTeams)
        #expect(StaffingColumns.recognise(headings: ["campaign", "opened", "applications"]) == .recruitmentCampaigns)
        #expect(StaffingColumns.recognise(headings: ["placement", "weekly_cost"]) == .placementCosts)
        #expect(StaffingColumns.recognise(headings: ["WorkerID", "Agency", "FTE"]) == nil)
    }
}

import Foundation
import HearthCore
import Testing
@testable import HearthData

/// The staff CSV's optional profile columns (`birth_date`, `ethnicity`, `route_in`) and a contract
/// change (the same `staff_id` with another `start_date`), on CSVs written by hand.
@Suite struct StaffProfileColumnsTests {
    private func read(_ text: String) -> StaffingFileResult<StaffMember> {
        StaffCSVReader.read(bytes: Array(text.utf8), fileName: "staff.csv")
    }

    @Test func readsTheProfileColumnsUnderHeadingsInAnyOrderAndCase() throws {
        // Given headings in another order, in capitals, with spaces and hyphens for underscores
        let r = read("""
            Route In, ETHNICITY ,Staff ID,Team,Contract,FTE,Birth-Date,Start Date,nqsw
            Step Up,BAFR,S1,CIN,permanent,1,15/06/1990,2024-09-02,n
            ,WBRI,S2,CIN,permanent,0.5,1985-01-31,2020-01-01,y
            """)
        // Then each value is read under its column
        #expect(r.problems.isEmpty)
        #expect(r.rows.map(\.routeIn) == [.stepUp, nil])
        #expect(r.rows.map(\.route) == [.stepUp, .asye], "nqsw with no route in reads as ASYE")
        #expect(r.rows.map(\.ethnicity) == ["BAFR", "WBRI"])
        #expect(r.rows.map(\.birthDate) == [Day(year: 1990, month: 6, day: 15), Day(year: 1985, month: 1, day: 31)])
    }

    @Test func aFileWithoutTheNewColumnsReadsAsBefore() {
        let r = read("staff_id,team,contract,fte\nS1,CIN,agency,1\n")
        #expect(r.problems.isEmpty)
        #expect(r.rows.first?.birthDate == nil && r.rows.first?.ethnicity == nil && r.rows.first?.routeIn == nil)
    }

    @Test func badValuesAreLeftBlankNamingLineAndFieldAndThePersonIsKept() {
        // Given an unknown route, a birth date that is not a date, one making a child of the worker, and nonsense
        let r = read("""
            staff_id,team,contract,fte,start_date,birth_date,route_in
            S1,CIN,permanent,1,2024-01-01,,fast track
            S2,CIN,permanent,1,2024-01-01,31/02/1990,
            S3,CIN,permanent,1,2024-01-01,2015-01-01,
            S4,CIN,permanent,1,2024-01-01,yesterday,%%
            """)
        #expect(r.rows.map(\.staffID) == ["S1", "S2", "S3", "S4"])
        #expect(r.rows.allSatisfy { $0.birthDate == nil && $0.routeIn == nil })
        #expect(r.problems.map(\.line) == [2, 3, 4, 5, 5])
        #expect(r.problems.map(\.field) == ["route_in", "birth_date", "birth_date", "birth_date", "route_in"])
        #expect(r.problems.first?.description.contains("staff.csv:2") == true)
        #expect(r.problems.first?.message.contains("fast track") == true)
    }

    @Test func aContractChangeIsANewRecordAndAbsenceRowsStillGather() {
        // Given an agency contract ending, the same person's permanent contract starting the next
        // day (its absence on two rows), and an overlapping third contract
        let r = read("""
            staff_id,team,contract,fte,start_date,end_date,absence_kind,absence_from
            S1,CIN,agency,1,2023-01-01,2024-08-31,,
            S1,CIN,permanent,1,2024-09-01,,maternity,2024-10-01
            S1,CIN,permanent,1,2024-09-01,,other,2025-01-06
            S1,CIN,secondee,1,2024-12-01,,,
            """)
        #expect(r.rows.map(\.contract) == [.agency, .permanent, .secondee])
        #expect(r.rows.map(\.staffID) == ["S1", "S1", "S1"])
        #expect(r.rows[1].absences.map(\.kind) == [.maternity, .other])
        // Only the overlap is reported: a contract change is not a problem.
        #expect(r.problems.map(\.line) == [5])
        #expect(r.problems.map(\.severity) == [.warning])
    }

    @Test func theWriterWritesTheProfileColumnsBack() {
        let s = StaffMember(staffID: "S1", team: "CIN", contract: .permanent, fte: 1, startDate: Day(year: 2024, month: 1, day: 1),
                            birthDate: Day(year: 1990, month: 1, day: 2), ethnicity: "MWBC", routeIn: .frontline)
        let back = StaffCSVReader.read(bytes: Array(StaffingCSVWriter.staff([s]).utf8), fileName: "w.csv")
        #expect(back.problems.isEmpty)
        #expect(back.rows == [s])
    }
}

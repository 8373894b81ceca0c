import Foundation
import HearthCore
import Testing
import ZIPFoundation
@testable import HearthData

/// Issue 17: a cell a spreadsheet takes for a formula (OWASP's CSV injection list) is written
/// with an apostrophe before it in every CSV Hearth writes, and read back as typed by the
/// readers of Hearth's own files (the plan and the cost table are edited and uploaded again).
@Suite struct CSVFormulaSafetyTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
    func aFormulaIsWrittenAsText(_ cell: String) {
        let written = CSVWriter.field(cell)
        // Quoted or not, the field's text starts with the apostrophe.
        let text = written.hasPrefix("\"") ? String(written.dropFirst()) : written
        #expect(text.hasPrefix("'"), "\(written)")
        #expect(CSVWriter.restored(CSVWriter.neutralised(cell)) == cell)
    }

    @Test(arguments: ["-3.5", "+44", "0", "2025-03-31", "Team A", "'quoted already", "a=b", ""])
    func numbersAndPlainTextAreLeftAlone(_ cell: String) {
        #expect(CSVWriter.neutralised(cell) == cell)
        #expect(CSVWriter.restored(cell) == cell)
    }

    @Test func aPlanWithFormulaTitlesRoundTrips() throws {
        let plan = ImprovementPlan(version: 1, title: "Plan",
                                   priorities: [Priority(id: "P1", title: "=cmd|'/c calc'!A1", lead: "@lead")],
                                   actions: [PlanAction(id: "1.1", priorityID: "P1", title: "+HYPERLINK(\"https://evil\")",
                                                        owner: "-owner", due: Day(iso: "2026-03-31")!)])
        let csv = PlanCSV.write(plan)
        #expect(!csv.contains(",=") && !csv.contains(",+H") && !csv.contains(",@") && !csv.contains(",-owner"), "\(csv)")
        let read = try PlanCSV.read(csv, file: "plan.csv", version: 1, title: "Plan")
        #expect(read.priorities == plan.priorities)
        #expect(read.actions.map(\.title) == plan.actions.map(\.title))
        #expect(read.actions.map(\.owner) == ["-owner"])
    }

    @Test func aCostTableWithAFormulaNoteRoundTrips() throws {
        let table = PlacementCostTable(lines: [PlacementCost(placement: "residential_private", provider: "=1+1", weeklyCost: 5000, note: "@note")])
        let csv = StaffingCSVWriter.costs(table)
        #expect(csv.contains("'=1+1") && csv.contains("'@note"), "\(csv)")
        let read = PlacementCostCSVReader.read(bytes: Array(csv.utf8), fileName: "placement_costs.csv")
        #expect(read.rows.map(\.provider) == ["=1+1"])
        #expect(read.rows.map(\.note) == ["@note"])
    }

    @Test func anXLSXTextCellIsNeverAFormula() throws {
        let data = try XLSXWriter.data([XLSXSheet(name: "S", rows: [[.text("=1+1")]])])
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        let sheet = String(decoding: bytes, as: UTF8.self)
        #expect(sheet.contains("inlineStr") && sheet.contains("=1+1") && !sheet.contains("<f>"))
    }
}

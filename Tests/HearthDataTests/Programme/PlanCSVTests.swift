import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct PlanCSVTests {
    let plan = ImprovementPlan(
        version: 2, title: "Refreshed improvement plan",
        priorities: [Priority(id: "P1", title: "Workforce capacity and stability", lead: "Director, children's services"),
                     Priority(id: "P2", title: "Practice model, \"Signs of Safety\"", lead: "Principal social worker")],
        actions: [
            PlanAction(id: "1.1", priorityID: "P1", title: "Recruit 12 permanent social workers", owner: "HR lead",
                       start: Day(iso: "2025-01-06"), due: Day(iso: "2025-09-30")!, status: .inProgress,
                       findingIDs: ["F1", "F3"], indicatorIDs: ["sw_vacancy_rate"]),
            PlanAction(id: "2.1", priorityID: "P2", title: "Train all managers, then audit", owner: "PSW", due: Day(iso: "2025-03-31")!,
                       status: .complete, completed: Day(iso: "2025-03-20"), findingIDs: ["F2"],
                       override: .init(rag: .complete, reason: "signed off at the March board, minutes item 4")),
        ])

    @Test func aPlanSurvivesTheRoundTrip() throws {
        let text = PlanCSV.write(plan)
        #expect(text.hasPrefix(PlanCSV.columns.joined(separator: ",")))
        #expect(text.contains("\"Practice model, \"\"Signs of Safety\"\"\""))
        let back = try PlanCSV.read(text, file: "plan.csv", version: 2, title: "Refreshed improvement plan")
        #expect(back == plan)
    }

    @Test func excelDatesAndLooseCaseAreAccepted() throws {
        let text = """
            priority_id,priority,action_id,action,owner,due,status
            P1,Workforce,1.1,Recruit,HR,2025-09-30,In progress
            """
        let p = try PlanCSV.read(text, file: "plan.csv", version: 1, title: "Plan")
        #expect(p.actions.first?.due == Day(iso: "2025-09-30"))
        #expect(p.actions.first?.status == .inProgress)
    }

    @Test func problemsNameTheLineAndColumn() {
        let head = "priority_id,priority,action_id,action,owner,due,status,rag_override,override_reason\n"
        #expect(throws: PlanCSVError(file: "p.csv", line: 2, column: "due", message: "\"31/02/2025\" is not a date")) {
            _ = try PlanCSV.read(head + "P1,W,1.1,A,O,31/02/2025,complete,,\n", file: "p.csv", version: 1, title: "t")
        }
        #expect(throws: PlanCSVError(file: "p.csv", line: 3, column: "action_id", message: "1.1 appears twice")) {
            _ = try PlanCSV.read(head + "P1,W,1.1,A,O,01/02/2025,complete,,\nP1,W,1.1,B,O,01/02/2025,complete,,\n", file: "p.csv", version: 1, title: "t")
        }
        #expect(throws: PlanCSVError(file: "p.csv", line: 2, column: "override_reason", message: "an override needs its reason")) {
            _ = try PlanCSV.read(head + "P1,W,1.1,A,O,01/02/2025,blocked,green,\n", file: "p.csv", version: 1, title: "t")
        }
        #expect(throws: PlanCSVError(file: "p.csv", line: 1, column: "due", message: "the column is missing")) {
            _ = try PlanCSV.read("priority_id,priority,action_id,action,owner,status\n", file: "p.csv", version: 1, title: "t")
        }
    }

    @Test func anExcelFileBecomesTheNextVersionKeepingTheNotesOfActionsItNamesAgain() throws {
        // Given the plan in force with a progress note on 1.1, and Excel's Windows-1252 export naming 1.1 again
        var current = plan
        current.actions[0].progress = [ProgressNote(date: Day(iso: "2025-05-01")!, author: "HR lead", text: "Six appointed")]
        let text = "priority_id,priority,action_id,action,owner,due,status\nP1,Workforce,1.1,Recruit social workers \u{2013} caf\u{E9},HR,2025-09-30,in progress\n"
        let data = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: data, encoding: .utf8) == nil, "the fixture is not UTF-8")
        // When it is imported
        let next = try PlanCSV.nextVersion(data: data, file: "plan.csv", title: "Refreshed", after: current)
        // Then it is version 3, its text read right, and 1.1 keeps its note
        #expect(next.version == 3 && next.title == "Refreshed")
        #expect(next.actions.first?.title == "Recruit social workers \u{2013} caf\u{E9}")
        #expect(next.actions.first?.progress == current.actions[0].progress)
    }

    /// The owning user travels in its own column; a file kept from before owners were users (no
    /// column) keeps each action's owner; a name that is not an owner is refused at its line.
    @Test func theOwningUserIsReadKeptOrRefused() throws {
        var current = plan
        current.actions[0].ownerUser = "hos"
        current.actions[1].ownerUser = "psw"
        // Written: the last column
        #expect(PlanCSV.write(current).split(separator: "\n")[1].hasSuffix(",hos"))
        // Without the column, both keep their owner
        let old = "priority_id,priority,action_id,action,owner,due,status\nP1,Workforce,1.1,Recruit,HR,2025-09-30,in progress\nP2,Practice,2.1,Train,PSW,2025-03-31,not started\n"
        let kept = try PlanCSV.nextVersion(data: Data(old.utf8), file: "plan.csv", title: "t", after: current, owners: ["hos", "psw"])
        #expect(kept.actions.map(\.ownerUser) == ["hos", "psw"])
        // With it, a blank cell means no user and a name is taken
        let named = "priority_id,priority,action_id,action,owner,due,status,owner_user\nP1,Workforce,1.1,Recruit,HR,2025-09-30,in progress,\nP2,Practice,2.1,Train,PSW,2025-03-31,not started,hos\n"
        let read = try PlanCSV.nextVersion(data: Data(named.utf8), file: "plan.csv", title: "t", after: current, owners: ["hos", "psw"])
        #expect(read.actions.map(\.ownerUser) == [nil, "hos"])
        // A name that is not an owner is refused, with its line and column
        #expect(throws: PlanCSVError(file: "plan.csv", line: 3, column: "owner_user",
                                     message: "\"board\" is not a Hearth user who can own actions (an administrator, manager or contributor)")) {
            try PlanCSV.nextVersion(data: Data(named.replacingOccurrences(of: ",hos\n", with: ",board\n").utf8), file: "plan.csv", title: "t",
                                    after: current, owners: ["hos", "psw"])
        }
    }
}
